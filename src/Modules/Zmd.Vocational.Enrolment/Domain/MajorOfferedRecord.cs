using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Enrolment.Domain;

/// <summary>One major a school runs in one school year (开设专业), with the teaching hours of its programme: the basis of
/// the "majors offered" count and of the practice-hour share (实践性教学学时 ÷ 总学时, at least 50% by
/// 教职成〔2019〕13号). Written in bulk by the dataset handler (a whole file replaces the previous one), never edited
/// row by row.</summary>
internal sealed class MajorOfferedRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    /// <summary>The school year (the year it starts).</summary>
    public int Year { get; set; }

    /// <summary>A code of the major catalogue (2021); one row per major and school year.</summary>
    public string MajorCode { get; set; } = "";

    /// <summary>The name as the school wrote it, for reading the file back; the code is what counts.</summary>
    public string? MajorName { get; set; }

    /// <summary>总学时 of the major's programme (人才培养方案), over its whole length of study.</summary>
    public int TotalHours { get; set; }

    /// <summary>实践性教学学时: the part of <see cref="TotalHours"/> taught as practice, so never more than it.</summary>
    public int PracticeHours { get; set; }

    /// <summary>本学年招生人数, when the school gave it.</summary>
    public int? Intake { get; set; }
}
