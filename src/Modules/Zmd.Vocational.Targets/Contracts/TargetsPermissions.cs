namespace Zmd.Vocational.Targets.Contracts;

public static class TargetsPermissions
{
    public const string Group = "Targets";

    public const string View = "Targets.Targets.View";

    /// <summary>City and county dashboards, every school's figures (bureau staff).</summary>
    public const string Monitor = "Targets.Monitoring.View";

    /// <summary>A school's own dashboard (every role; the school filter keeps a school user to their own).</summary>
    public const string SchoolDashboard = "Targets.Monitoring.School";

    public const string EnterCityData = "Targets.CityData.Enter";
    public const string ReviewCityData = "Targets.CityData.Review";
    public const string ManageQuotas = "Targets.Quotas.Manage";
    public const string ManageSettings = "Targets.Settings.Manage";

    /// <summary>Explain a data-quality warning on the school's figures (the school's filer).</summary>
    public const string ExplainQuality = "Targets.Quality.Explain";
}
