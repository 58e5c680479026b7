namespace Zmd.Vocational.Enrolment.Contracts;

/// <summary>The measures the student roster yields per school and year. Students are those 在籍 (in school); the per-level
/// codes are "enr.students." + the lower-case <see cref="StudentLevelCodes"/> code.</summary>
public static class EnrolmentMeasures
{
    public const string Students = "enr.students";
    public const string Secondary = "enr.students.secondary";
    public const string Associate = "enr.students.associate";
    public const string Bachelor = "enr.students.bachelor";
    public const string Intermediate = "enr.students.intermediate";
    public const string Advanced = "enr.students.advanced";
    public const string PreTechnician = "enr.students.pretechnician";
    public const string Technician = "enr.students.technician";

    /// <summary>在籍 students in a modern-apprenticeship cohort (with a cohort code).</summary>
    public const string Apprentices = "enr.apprentices";

    /// <summary>Majors offered (开设专业及教学学时, one row per major).</summary>
    public const string MajorsOffered = "enr.majors-offered";

    /// <summary>总学时 summed over the majors offered.</summary>
    public const string HoursTotal = "enr.hours.total";

    /// <summary>实践性教学学时 summed over the majors offered.</summary>
    public const string HoursPractice = "enr.hours.practice";

    /// <summary>招生人数 summed over the majors offered.</summary>
    public const string Intake = "enr.intake";

    /// <summary>The measure code of a level code.</summary>
    public static string OfLevel(string levelCode) => Students + "." + levelCode.ToLowerInvariant();
}
