namespace Zmd.Vocational.Apprenticeship.Contracts;

/// <summary>The datasets this module owns.</summary>
public static class ApprenticeshipDatasets
{
    /// <summary>现代学徒制班级: one row per apprenticeship cohort, per school and school year. A student's cohort code
    /// (Enrolment's student roster) must name one of them.</summary>
    public const string Cohorts = "apprenticeship-cohorts";

    /// <summary>The column of <see cref="Cohorts"/> that other datasets reference.</summary>
    public const string CohortKeyColumn = "CohortCode";

    /// <summary>合作企业: one row per enterprise the school works with, per school and school year.</summary>
    public const string PartnerEnterprises = "partner-enterprises";

    /// <summary>The column of <see cref="PartnerEnterprises"/> that other datasets reference (the credit code: the
    /// technician college's internships must name a filed partner).</summary>
    public const string PartnerKeyColumn = "CreditCode";

    /// <summary>社会培训: one row per training programme delivered to the public, per school and school year.</summary>
    public const string SocialTraining = "social-training";
}
