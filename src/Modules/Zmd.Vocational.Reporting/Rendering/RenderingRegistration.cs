using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Rendering.Pdf;
using Zmd.Vocational.Reporting.Templates;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>The renderer, the template files and overrides and the PDF printer (the template pages' menu entry is listed on
/// <see cref="ReportingModule"/>).</summary>
internal static class RenderingRegistration
{
    public static IServiceCollection AddRendering(this IServiceCollection services)
    {
        services.AddSingleton(RenderLimits.Default);
        services.AddSingleton<TemplateParseCache>();
        services.AddSingleton(sp => new TemplateFiles(sp.GetRequiredService<SeedsLocation>(), sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<TemplateSource>();
        services.AddScoped<ITemplateSource>(sp => sp.GetRequiredService<TemplateSource>());
        services.AddScoped<ReportRenderer>();
        services.AddScoped<IReportRenderer>(sp => sp.GetRequiredService<ReportRenderer>());
        services.AddScoped<IReportTemplateService, TemplateService>();
        services.AddScoped<IReportTemplateSampleModels, ReportSampleModels>();
        services.AddSingleton<IPdfPrinter, ChromiumPdfPrinter>();
        return services;
    }
}
