using Microsoft.EntityFrameworkCore;

namespace Zmd.Vocational.College.Data;

/// <summary>The module's tables, all prefixed "Col". Called by the composed DbContext.</summary>
public static class CollegeModelBuilderExtensions
{
    public const string TablePrefix = "Col";

    public static void ConfigureCollege(this ModelBuilder builder)
    {
        builder.ConfigureBuildOut();
        builder.ConfigureTrainingOutput();
    }
}
