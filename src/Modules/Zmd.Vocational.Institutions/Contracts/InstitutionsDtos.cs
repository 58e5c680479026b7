namespace Zmd.Vocational.Institutions.Contracts;

public sealed record CountyDto(Guid Id, string Code, string Name, CountyKind Kind, int Sort);

public sealed record SchoolDto(
    Guid Id, string Code, string Name, SchoolType Type, Guid CountyId, string CountyCode, string CountyName,
    SchoolOwnership Ownership, bool IsActive, DateTime CreatedAt, DateTime? ModifiedAt);

/// <summary>Create or edit a school. Text fields are strings so a bad value is reported, not dropped by binding.</summary>
public sealed class SchoolInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public SchoolType? Type { get; set; }
    public string? CountyCode { get; set; }
    public SchoolOwnership? Ownership { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed record MajorDto(Guid Id, string Code, string Name, MajorLevel Level, string Category);

public sealed record EnterpriseDto(Guid Id, string Name, string CreditCode, EnterpriseSize Size, string? Industry, DateTime CreatedAt);

public sealed class EnterpriseInput
{
    public string? Name { get; set; }
    public string? CreditCode { get; set; }
    public EnterpriseSize? Size { get; set; }
    public string? Industry { get; set; }
}

public sealed record SchoolQuery(string? Search = null, SchoolType? Type = null, string? CountyCode = null, bool IncludeInactive = true);
