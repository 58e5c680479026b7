namespace Zmd.Vocational.Institutions.Contracts;

/// <summary>Kinds of county-level unit. 市直 ("City") holds the schools the city itself runs.</summary>
public enum CountyKind
{
    City = 0,
    District = 1,
    County = 2,
    FunctionalArea = 3,
}

/// <summary>中职 / 高职(专科) / 职业本科 / 技工院校 / 技师学院.</summary>
public enum SchoolType
{
    SecondaryVocational = 1,
    HigherVocational = 2,
    VocationalBachelor = 3,
    SkilledWorkerSchool = 4,
    TechnicianCollege = 5,
}

public enum SchoolOwnership
{
    Public = 1,
    Private = 2,
}

/// <summary>The three levels of the 2021 vocational major catalogue.</summary>
public enum MajorLevel
{
    Secondary = 1,
    Associate = 2,
    Bachelor = 3,
}

/// <summary>规模以上 (above designated size) or not.</summary>
public enum EnterpriseSize
{
    BelowDesignatedSize = 0,
    AboveDesignatedSize = 1,
}
