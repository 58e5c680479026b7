namespace Zmd.Vocational.Apprenticeship.Contracts;

/// <summary>The measures the cooperation datasets yield per school and year, and across schools.</summary>
public static class ApprenticeshipMeasures
{
    public const string Cohorts = "app.cohorts";
    public const string CohortsWithAgreement = "app.cohorts.agreement";
    public const string Partners = "app.partners";
    public const string PartnersAboveDesignatedSize = "app.partners.large";
    public const string TrainingPersonTimes = "app.training.person-times";

    /// <summary>Distinct partner enterprises (by credit code) over a set of schools: an enterprise several schools name counts once.</summary>
    public const string DistinctPartners = "app.partners.distinct";

    /// <summary>Distinct 规模以上 partner enterprises over a set of schools (one any school files as 规模以上 counts as such).</summary>
    public const string DistinctPartnersAboveDesignatedSize = "app.partners.large.distinct";
}
