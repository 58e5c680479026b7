using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Faculty.Domain;

/// <summary>One row of a school's teacher roster for one school year. Written in bulk by the dataset handler
/// (a whole roster replaces the previous one), never edited row by row.</summary>
internal sealed class TeacherRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    /// <summary>The school year (the year it starts).</summary>
    public int Year { get; set; }

    public string StaffNumber { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Resident ID number, normalized (18 characters, upper-case X). Personal data: masked unless permitted.</summary>
    public string IdNumber { get; set; } = "";

    public TeacherKind Kind { get; set; }

    /// <summary>专业课教师 (teaches professional courses, as opposed to general ones).</summary>
    public bool IsProfessional { get; set; }

    public DualLevel DualLevel { get; set; }

    /// <summary>The year the dual-qualified level was recognised; required when there is one.</summary>
    public int? DualYear { get; set; }

    public ProfessionalTitle Title { get; set; }

    /// <summary>Days of enterprise practice in the school year.</summary>
    public int PracticeDays { get; set; }
}

/// <summary>教师类别. Stored as int; the member names are the stored codes.</summary>
internal enum TeacherKind
{
    FullTime = 1,
    PartTime = 2,
    External = 3,
}

/// <summary>双师型教师等级 (2022 national standard). Stored as int, ascending; the member names are the stored codes.</summary>
internal enum DualLevel
{
    None = 0,
    Junior = 1,
    Intermediate = 2,
    Senior = 3,
}

/// <summary>职称. Stored as int, ascending; the member names are the stored codes.</summary>
internal enum ProfessionalTitle
{
    None = 0,
    Junior = 1,
    Intermediate = 2,
    AssociateProfessor = 3,
    Professor = 4,
}
