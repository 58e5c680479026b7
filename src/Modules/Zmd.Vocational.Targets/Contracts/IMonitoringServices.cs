using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Targets.Contracts;

/// <summary>Indicators computed from the stored measures. A school user may ask for their own school only (scope School);
/// city and county figures are for bureau staff (Targets:Forbidden otherwise).</summary>
public interface IIndicatorService
{
    IReadOnlyList<IndicatorDefinitionDto> Definitions();

    Task<IReadOnlyList<IndicatorValueDto>> ValuesAsync(IndicatorQuery query, CancellationToken ct = default);

    /// <summary>The years with any stored figure, ascending.</summary>
    Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default);
}

/// <summary>Targets against the data: status, expected path, forecast; the split by county and school with quotas.</summary>
public interface ITargetProgress
{
    /// <summary>Every target of the register, in the register's order. Bureau staff only.</summary>
    Task<IReadOnlyList<TargetProgressDto>> OverviewAsync(int year, DataBasis basis, CancellationToken ct = default);

    /// <summary>One target. Bureau staff see every county and school; a school user only their own school.</summary>
    Task<TargetDetailDto> DetailAsync(string code, int year, DataBasis basis, CancellationToken ct = default);

    /// <summary>The school's quotas and its progress against them (a school user: their own school only).</summary>
    /// <summary>The given targets measured on one school's data alone against the plan's own values: for targets that
    /// belong to one school (专栏6: the technician college). A school user: their own school only.</summary>
    Task<IReadOnlyList<TargetProgressDto>> SchoolTargetsAsync(string schoolCode, IReadOnlyList<string> targetCodes, int year, DataBasis basis,
        CancellationToken ct = default);

    Task<IReadOnlyList<SchoolQuotaDto>> SchoolQuotasAsync(string schoolCode, int year, DataBasis basis,
        CancellationToken ct = default);
}

/// <summary>Splitting a city target into county and school quotas that add up. Saving replaces the whole split.</summary>
public interface IQuotaService
{
    Task<IReadOnlyList<QuotaDto>> ListAsync(string targetCode, CancellationToken ct = default);

    /// <summary>Throws Targets:QuotasDoNotAddUp (with the sum and the expected total), Targets:QuotaNotAdditive,
    /// Targets:UnknownPlace; nothing is stored then.</summary>
    Task<IReadOnlyList<QuotaDto>> SaveAsync(string targetCode, IReadOnlyList<QuotaLineInput> lines, CancellationToken ct = default);
}

/// <summary>The bureau's own figures per year, with the filing workflow (see <see cref="FilingTransitions"/>).</summary>
public interface ICityDataService
{
    Task<CityDataSheetDto> GetAsync(int year, CancellationToken ct = default);
    Task<CityDataSheetDto> SaveAsync(int year, IReadOnlyList<CityValueInput> values, CancellationToken ct = default);
    Task<CityDataSheetDto> TransitionAsync(int year, FilingAction action, string? comment, CancellationToken ct = default);
}

/// <summary>Rules across datasets and years over the stored measures; the filer may explain a warning.</summary>
public interface IDataQualityService
{
    /// <summary>Findings of the year, for one school (code) or, for bureau staff, every school.</summary>
    Task<IReadOnlyList<QualityFindingDto>> FindingsAsync(int year, string? schoolCode, CancellationToken ct = default);

    Task ExplainAsync(string schoolCode, int year, string rule, string explanation, CancellationToken ct = default);
}

public interface IMonitoringSettings
{
    Task<MonitoringSettingsDto> GetAsync(CancellationToken ct = default);
    Task<MonitoringSettingsDto> SaveAsync(MonitoringSettingsDto settings, CancellationToken ct = default);
}

/// <summary>Which schools have filed what for the year.</summary>
public interface ICompleteness
{
    Task<CompletenessDto> ForYearAsync(int year, CancellationToken ct = default);
}

/// <summary>Recomputes the stored measures of a year from the filed data (after an upgrade, or a changed definition).</summary>
public interface IMeasureMaintenance
{
    /// <summary>Returns the number of filings whose measures were recomputed.</summary>
    Task<int> RebuildAsync(int year, CancellationToken ct = default);
}
