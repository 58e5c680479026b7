namespace Zmd.Vocational.College.Contracts;

/// <summary>The measures of the college's build-out (approved progress reports), for seeds/indicators.csv. Totals to the
/// end of the school year: the latest approved report of each project dated on or before 31 August of the year after.</summary>
public static class BuildOutMeasures
{
    /// <summary>The "dataset" the measures are recorded under: the build-out is not a roster, but monitoring stores
    /// measures per school, year and dataset.</summary>
    public const string Dataset = "college-buildout";

    /// <summary>m² of floor area completed, all projects.</summary>
    public const string FloorArea = "col.buildout.area";

    /// <summary>Student places delivered, all projects.</summary>
    public const string Places = "col.buildout.places";

    /// <summary>万元 spent, all projects.</summary>
    public const string Spent = "col.buildout.spent";
}
