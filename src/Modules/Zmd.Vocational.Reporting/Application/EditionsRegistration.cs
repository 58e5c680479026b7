using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Reporting.Application.Builders;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Application;

/// <summary>Report models (one builder per kind), the composer, the check of the figures they name (also when the host
/// starts), the editions and the report files (the menu entry is listed on <see cref="ReportingModule"/>).</summary>
internal static class EditionsRegistration
{
    public static IServiceCollection AddReportEditions(this IServiceCollection services)
    {
        services.AddScoped<ReportAccess>();
        services.AddScoped<IReportModelBuilder, CityReportBuilder>();
        services.AddScoped<IReportModelBuilder, SchoolReportBuilder>();
        services.AddScoped<IReportModelBuilder, TargetBriefBuilder>();
        services.AddScoped<IReportModelBuilder, CollegeReportBuilder>();
        services.AddScoped<ReportComposer>();
        services.AddScoped<ReportFigureCheck>();
        services.AddHostedService<FigureCheckAtStartup>();
        services.AddScoped<IReportEditions, EditionService>();
        services.AddScoped<IReportFiles, ReportFilesService>();
        return services;
    }
}

/// <summary>The reports page, next to the monitoring pages; every role reads the reports it may see.</summary>
internal sealed class ReportsMenu : IMenuContributor
{
    public IEnumerable<MenuItem> Items() =>
    [
        new(MenuGroups.Monitoring, "Menu:Reports", "/Reports", ReportingPermissions.View, 70),
    ];
}
