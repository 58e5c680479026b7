namespace Zmd.Vocational.Faculty.Contracts;

/// <summary>The measures the teacher roster yields per school and year (monitoring's numerators and denominators).</summary>
public static class FacultyMeasures
{
    public const string Teachers = "fac.teachers";
    public const string FullTime = "fac.fulltime";
    public const string PartTime = "fac.parttime";
    public const string External = "fac.external";
    public const string Professional = "fac.professional";
    public const string FullTimeProfessional = "fac.fulltime.professional";
    public const string Dual = "fac.dual";
    public const string DualJunior = "fac.dual.junior";
    public const string DualIntermediate = "fac.dual.intermediate";
    public const string DualSenior = "fac.dual.senior";
    public const string FullTimeDual = "fac.fulltime.dual";
    public const string FullTimeSeniorTitles = "fac.fulltime.senior-titles";
}
