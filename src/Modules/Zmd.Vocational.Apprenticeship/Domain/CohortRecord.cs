using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Apprenticeship.Domain;

/// <summary>One modern-apprenticeship cohort (现代学徒制班级) of a school for one school year: a class trained jointly by
/// the school and one enterprise, with mentors on both sides. Written in bulk by the dataset handler (a whole file
/// replaces the previous one), never edited row by row.</summary>
internal sealed class CohortRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    public int Year { get; set; }

    /// <summary>The school's own code of the cohort; students name it in their CohortCode.</summary>
    public string CohortCode { get; set; } = "";

    public string CohortName { get; set; } = "";
    public string MajorCode { get; set; } = "";

    /// <summary>统一社会信用代码 of the partner enterprise, normalized (18 characters, upper case).</summary>
    public string EnterpriseCreditCode { get; set; } = "";

    public string EnterpriseName { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public int SchoolMentors { get; set; }
    public int EnterpriseMentors { get; set; }

    /// <summary>Whether the three-party agreement (school, enterprise, apprentice or guardian) is signed.</summary>
    public bool AgreementSigned { get; set; }
}
