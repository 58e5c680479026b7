using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Enrolment.Domain;

/// <summary>One row of a school's student roster for one school year. Written in bulk by the dataset handler
/// (a whole roster replaces the previous one), never edited row by row.</summary>
internal sealed class StudentRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    /// <summary>The school year (the year it starts).</summary>
    public int Year { get; set; }

    public string StudentNumber { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Resident ID number, normalized (18 characters, upper-case X). Personal data: masked unless permitted.</summary>
    public string IdNumber { get; set; } = "";

    public Gender Gender { get; set; }
    public DateOnly BirthDate { get; set; }
    public string MajorCode { get; set; } = "";
    public StudyLevel Level { get; set; }
    public int EntryYear { get; set; }
    public StudentStatus Status { get; set; }

    /// <summary>The apprenticeship cohort (学徒制班级) the student belongs to, if any.</summary>
    public string? CohortCode { get; set; }
}

/// <summary>Stored as int. Codes "M" and "F".</summary>
internal enum Gender
{
    Male = 1,
    Female = 2,
}

/// <summary>培养层次. Stored as int; the member names are the stored codes of Contracts.StudentLevelCodes.</summary>
internal enum StudyLevel
{
    Secondary = 1,
    Associate = 2,
    Bachelor = 3,
    Intermediate = 4,
    Advanced = 5,
    PreTechnician = 6,
    Technician = 7,
}

/// <summary>学籍状态. Stored as int; the member names are the stored codes of Contracts.StudentStatusCodes.</summary>
internal enum StudentStatus
{
    InSchool = 1,
    Suspended = 2,
    Graduated = 3,
    Withdrawn = 4,
    TransferredOut = 5,
}
