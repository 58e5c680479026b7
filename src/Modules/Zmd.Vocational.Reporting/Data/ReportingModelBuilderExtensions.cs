using Microsoft.EntityFrameworkCore;

namespace Zmd.Vocational.Reporting.Data;

/// <summary>The module's tables, all prefixed "Rep". Called by the composed DbContext.</summary>
public static class ReportingModelBuilderExtensions
{
    public const string TablePrefix = "Rep";

    public static void ConfigureReporting(this ModelBuilder builder)
    {
        Templates.TemplatesModelBuilderExtensions.ConfigureTemplates(builder);
        builder.ConfigureEditions();
    }
}
