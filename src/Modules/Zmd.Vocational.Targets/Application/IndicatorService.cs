using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Indicators;

namespace Zmd.Vocational.Targets.Application;

internal sealed class IndicatorService(MonitoringDataSource source, MonitoringCatalog catalog, ICurrentUser user, JsonStringLocalizer localizer)
    : IIndicatorService
{
    public IReadOnlyList<IndicatorDefinitionDto> Definitions() => catalog.Indicators.Select(i => ToDto(i, catalog)).ToList();

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default) => (await source.CurrentAsync(ct)).Years;

    public async Task<IReadOnlyList<IndicatorValueDto>> ValuesAsync(IndicatorQuery query, CancellationToken ct = default)
    {
        var indicators = Select(query.Codes);
        var data = await source.CurrentAsync(ct);
        var places = Places(data, query.Scope, query.PlaceCode);
        return places
            .SelectMany(place => indicators.Select(i => Value(data, i, query.Year, query.Basis, query.Scope, place.Code, place.Name)))
            .ToList();
    }

    /// <summary>The figure of one indicator, place and year, for the caller's already checked place.</summary>
    internal IndicatorValueDto Value(MonitoringData data, IndicatorDefinition indicator, int year, DataBasis basis, MonitoringScope scope,
        string? placeCode, string placeName)
    {
        var f = data.Figure(indicator, year, basis, scope, placeCode, catalog);
        decimal? shown = f.Value is { } v ? Math.Round(v, indicator.Decimals, MidpointRounding.AwayFromZero) : null;
        return new IndicatorValueDto(indicator.Code, indicator.NameZh, indicator.NameEn, indicator.Unit, indicator.Decimals, year, scope, placeCode,
            placeName, shown, f.Numerator, f.Denominator, f.Covered, f.InScope, f.Provisional, indicator.Standard,
            shown is { } s && indicator.Standard is { } standard ? standard.IsMetBy(s) : null);
    }

    /// <summary>The places of the scope the caller may see: a school user only their own school, never a county or the city.</summary>
    private List<(string? Code, string Name)> Places(MonitoringData data, MonitoringScope scope, string? placeCode)
    {
        if (scope != MonitoringScope.School)
        {
            MonitoringAccess.EnsureCityFigures(user);
        }

        return scope switch
        {
            MonitoringScope.City => [(null, localizer["Targets:CityName"].Value)],
            MonitoringScope.County => data.Schools
                .GroupBy(s => (s.CountyCode, s.CountyName))
                .Where(g => placeCode is null || g.Key.CountyCode == placeCode.Trim())
                .Select(g => ((string?)g.Key.CountyCode, g.Key.CountyName))
                .ToList() is { Count: > 0 } counties
                    ? counties
                    : throw new BusinessException(TargetsErrorCodes.PlaceNotFound, ErrorKind.NotFound, new Dictionary<string, object?> { ["code"] = placeCode }),
            _ => placeCode is null && user.SeesAllSchools()
                ? data.Schools.Select(s => ((string?)s.Code, s.Name)).ToList()
                : [.. new[] { MonitoringAccess.School(user, data, placeCode) }.Select(s => ((string?)s.Code, s.Name))],
        };
    }

    private List<IndicatorDefinition> Select(IReadOnlyList<string>? codes)
    {
        if (codes is null || codes.Count == 0)
        {
            return [.. catalog.Indicators];
        }

        return codes.Select(c => catalog.FindIndicator(c.Trim())
            ?? throw new BusinessException(TargetsErrorCodes.IndicatorNotFound, ErrorKind.NotFound, new Dictionary<string, object?> { ["code"] = c }))
            .ToList();
    }

    internal static IndicatorDefinitionDto ToDto(IndicatorDefinition i, MonitoringCatalog catalog) =>
        new(i.Code, i.NameZh, i.NameEn, i.Unit, i.Decimals, i.Numerator.Text, i.Denominator?.Text, i.Factor, i.Standard,
            i.Codes.All(c => catalog.LevelOf(c) == MeasureLevel.School));
}
