using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Apprenticeship.Domain;

/// <summary>One training programme a school delivered to the public (社会培训) in one school year. Written in bulk by the
/// dataset handler.</summary>
internal sealed class SocialTrainingRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    public int Year { get; set; }

    public string Program { get; set; } = "";
    public TrainingCategory Category { get; set; }

    /// <summary>培训人次: a person trained twice counts twice.</summary>
    public int PersonTimes { get; set; }

    /// <summary>The programme's teaching hours (学时).</summary>
    public int Hours { get; set; }
}

/// <summary>培训类别. Stored as int; the member names are the stored codes.</summary>
internal enum TrainingCategory
{
    SkillTraining = 1,
    EmployeeTraining = 2,
    RuralTransfer = 3,
    Veterans = 4,
    Other = 9,
}
