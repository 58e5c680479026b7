namespace Zmd.Vocational.Institutions.Contracts;

public interface ICountyDirectory
{
    Task<IReadOnlyList<CountyDto>> ListAsync(CancellationToken ct = default);
}

/// <summary>Schools. Lists and look-ups are limited to the caller's school for school users.</summary>
public interface ISchoolDirectory
{
    Task<IReadOnlyList<SchoolDto>> ListAsync(SchoolQuery query, CancellationToken ct = default);

    /// <summary>Every active school whatever the caller's school scope: for figures computed over all schools (a city
    /// total computed during a school user's request must still count every school). Never hand the list to a school
    /// user as such.</summary>
    Task<IReadOnlyList<SchoolDto>> ListAllActiveAsync(CancellationToken ct = default);
    Task<SchoolDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<SchoolDto?> FindByCodeAsync(string code, CancellationToken ct = default);
    Task<SchoolDto> CreateAsync(SchoolInput input, CancellationToken ct = default);
    Task<SchoolDto> UpdateAsync(Guid id, SchoolInput input, CancellationToken ct = default);
}

public interface IMajorCatalog
{
    Task<IReadOnlyList<MajorDto>> ListAsync(MajorLevel? level, string? search, CancellationToken ct = default);
    Task<MajorDto?> FindByCodeAsync(string code, CancellationToken ct = default);
}

/// <summary>The city-wide register of partner enterprises.</summary>
public interface IEnterpriseRegister
{
    Task<IReadOnlyList<EnterpriseDto>> ListAsync(string? search, CancellationToken ct = default);
    Task<EnterpriseDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<EnterpriseDto?> FindByCreditCodeAsync(string creditCode, CancellationToken ct = default);
    Task<EnterpriseDto> CreateAsync(EnterpriseInput input, CancellationToken ct = default);
    Task<EnterpriseDto> UpdateAsync(Guid id, EnterpriseInput input, CancellationToken ct = default);

    /// <summary>Soft delete: the row stays (audited, restorable by registering the same credit code again).</summary>
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
