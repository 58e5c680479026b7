using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Apprenticeship.Domain;

/// <summary>One enterprise a school works with (合作企业) in one school year. Written in bulk by the dataset handler.</summary>
internal sealed class PartnerEnterpriseRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    public int Year { get; set; }

    /// <summary>统一社会信用代码, normalized (18 characters, upper case).</summary>
    public string CreditCode { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>规模以上企业, as the statistics bureau classifies it.</summary>
    public bool AboveDesignatedSize { get; set; }

    /// <summary>The main kind of cooperation.</summary>
    public CooperationKind CooperationKind { get; set; }

    /// <summary>The year the cooperation began, when known.</summary>
    public int? Since { get; set; }
}

/// <summary>合作方式. Stored as int; the member names are the stored codes.</summary>
internal enum CooperationKind
{
    OrderTraining = 1,
    SharedBase = 2,
    Apprenticeship = 3,
    Internship = 4,
    IndustryCollege = 5,
    TechService = 6,
    Other = 9,
}
