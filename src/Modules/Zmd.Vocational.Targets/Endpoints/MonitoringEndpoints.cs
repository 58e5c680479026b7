using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Endpoints;

/// <summary>The monitoring API: indicators, target progress, quotas, the bureau's city figures, data quality. A school
/// user reaches their own school's figures only (the services check; a city figure is 403 for them).</summary>
public static class MonitoringEndpoints
{
    public static IEndpointRouteBuilder MapMonitoringEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Monitoring");

        api.MapGet("/indicators", (IIndicatorService indicators, int year, string? scope, string? code, string? place, bool? provisional,
                CancellationToken ct) => indicators.ValuesAsync(new IndicatorQuery(year, Scope(scope), place, Codes(code), Basis(provisional)), ct))
            .RequireAuthorization(TargetsPermissions.SchoolDashboard)
            .WithSummary("指标值 / Indicator values: scope=city|county|school, code=a,b (all when omitted), place=county or school code, provisional=true to include submitted data");
        api.MapGet("/indicators/definitions", (IIndicatorService indicators) => indicators.Definitions())
            .RequireAuthorization(TargetsPermissions.SchoolDashboard).WithSummary("指标定义 / Indicator definitions (numerator ÷ denominator × factor)");

        api.MapGet("/targets/{code}/progress", (ITargetProgress progress, string code, int year, bool? provisional, CancellationToken ct) =>
                progress.DetailAsync(code, year, Basis(provisional), ct))
            .RequireAuthorization(TargetsPermissions.Monitor)
            .WithSummary("目标进展 / A target's actual, expected path, gap, forecast and status by year, with counties and schools (furthest behind first)");
        api.MapGet("/monitoring/overview", (ITargetProgress progress, int year, bool? provisional, CancellationToken ct) =>
                progress.OverviewAsync(year, Basis(provisional), ct))
            .RequireAuthorization(TargetsPermissions.Monitor).WithSummary("全部目标进展 / Every target's progress");
        api.MapGet("/monitoring/completeness", (ICompleteness completeness, int year, CancellationToken ct) => completeness.ForYearAsync(year, ct))
            .RequireAuthorization(TargetsPermissions.Monitor).WithSummary("填报完成情况 / Which schools have filed what");
        api.MapGet("/schools/{schoolCode}/quotas", (ITargetProgress progress, string schoolCode, int year, bool? provisional, CancellationToken ct) =>
                progress.SchoolQuotasAsync(schoolCode, year, Basis(provisional), ct))
            .RequireAuthorization(TargetsPermissions.SchoolDashboard).WithSummary("学校分解任务及进展 / A school's quotas and progress");

        api.MapGet("/targets/{code}/quotas", (IQuotaService quotas, string code, CancellationToken ct) => quotas.ListAsync(code, ct))
            .RequireAuthorization(TargetsPermissions.Monitor).WithSummary("目标分解 / A target's county and school quotas");
        api.MapPut("/targets/{code}/quotas", (IQuotaService quotas, string code, IReadOnlyList<QuotaLineInput> lines, CancellationToken ct) =>
                quotas.SaveAsync(code, lines, ct))
            .RequireAuthorization(TargetsPermissions.ManageQuotas)
            .WithSummary("保存目标分解（须与市级目标相符） / Replace the split; county quotas must add up to the target, a county's school quotas to its quota");

        api.MapGet("/city-data/{year:int}", (ICityDataService city, int year, CancellationToken ct) => city.GetAsync(year, ct))
            .RequireAuthorization(TargetsPermissions.Monitor).WithSummary("市级填报数据 / The bureau's city figures of a year");
        api.MapPut("/city-data/{year:int}", (ICityDataService city, int year, IReadOnlyList<CityValueInput> values, CancellationToken ct) =>
                city.SaveAsync(year, values, ct))
            .RequireAuthorization(TargetsPermissions.EnterCityData).WithSummary("保存市级数据（草稿） / Save figures (as a draft)");
        foreach (var (verb, action, permission) in new[]
                 {
                     ("submit", FilingAction.Submitted, TargetsPermissions.EnterCityData),
                     ("approve", FilingAction.Approved, TargetsPermissions.ReviewCityData),
                     ("return", FilingAction.Returned, TargetsPermissions.ReviewCityData),
                     ("unlock", FilingAction.Unlocked, TargetsPermissions.ReviewCityData),
                 })
        {
            api.MapPost("/city-data/{year:int}/" + verb, (ICityDataService city, int year, ReviewInput? input, CancellationToken ct) =>
                    city.TransitionAsync(year, action, input?.Comment, ct))
                .RequireAuthorization(permission).WithSummary("市级数据流转 / City figures: " + verb);
        }

        api.MapGet("/quality", (IDataQualityService quality, int year, string? school, CancellationToken ct) => quality.FindingsAsync(year, school, ct))
            .RequireAuthorization(TargetsPermissions.SchoolDashboard).WithSummary("数据质量检查 / Data-quality findings (a school user: their own)");
        api.MapPost("/quality/explanations", async (IDataQualityService quality, QualityExplanationInput input, CancellationToken ct) =>
            {
                await quality.ExplainAsync(input.SchoolCode, input.Year, input.Rule, input.Explanation, ct);
                return Results.NoContent();
            })
            .RequireAuthorization(TargetsPermissions.ExplainQuality).WithSummary("说明数据波动 / Explain a warning");

        api.MapGet("/monitoring/settings", (IMonitoringSettings settings, CancellationToken ct) => settings.GetAsync(ct))
            .RequireAuthorization(TargetsPermissions.Monitor).WithSummary("进展判定阈值 / Status tolerances");
        api.MapPut("/monitoring/settings", (IMonitoringSettings settings, MonitoringSettingsDto input, CancellationToken ct) => settings.SaveAsync(input, ct))
            .RequireAuthorization(TargetsPermissions.ManageSettings).WithSummary("保存阈值 / Save the tolerances");
        return app;
    }

    internal static MonitoringScope Scope(string? scope) => scope?.Trim().ToLowerInvariant() switch
    {
        null or "" or "city" => MonitoringScope.City,
        "county" => MonitoringScope.County,
        "school" => MonitoringScope.School,
        _ => throw new BusinessException(CoreErrorCodes.InvalidValue, ErrorKind.Validation, new Dictionary<string, object?> { ["value"] = scope }, "scope"),
    };

    internal static DataBasis Basis(bool? provisional) => provisional == true ? DataBasis.Provisional : DataBasis.Approved;

    private static List<string>? Codes(string? code) =>
        code?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
