using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.College.Domain;

/// <summary>The college's output at one skill level for one school year (技师学院培养培训成果). Written in bulk by the
/// dataset handler (a whole file replaces the previous one), never edited row by row.</summary>
internal sealed class TrainingOutputRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    public int Year { get; set; }

    public SkillLevel Level { get; set; }

    /// <summary>毕业生人数 at this level.</summary>
    public int Graduates { get; set; }

    /// <summary>取得技能等级证书人数: people certified at this level through the college's skill assessment (students,
    /// graduates and the public); never more than <see cref="Assessments"/>.</summary>
    public int Certified { get; set; }

    /// <summary>社会培训人次 at this level: a person trained twice counts twice.</summary>
    public int SocialTraining { get; set; }

    /// <summary>技能评价人次: skill-level assessments the college held at this level, failures included.</summary>
    public int Assessments { get; set; }
}
