namespace Zmd.Vocational.College.Contracts;

/// <summary>The datasets of the technician college's yearly training output (专栏6 第03、04项), filed through Filing like
/// any roster but by schools of type 技师学院 only.</summary>
public static class CollegeDatasets
{
    /// <summary>技师学院培养培训成果: one row per skill level — graduates, certifications, social training, assessments.</summary>
    public const string Output = "college-output";

    /// <summary>企业实习安排: one row per enterprise, kind of internship and major; the enterprise must be one of the
    /// college's partner enterprises filed for the same year.</summary>
    public const string Internships = "college-internships";

    /// <summary>技能大师工作室: one row per master's studio the college runs.</summary>
    public const string Studios = "college-studios";
}

/// <summary>The stored codes of a skill level (技能等级), as filed in the output and as in the measure codes. The same codes
/// as the student roster's training levels.</summary>
public static class SkillLevelCodes
{
    /// <summary>中级工</summary>
    public const string Intermediate = "Intermediate";

    /// <summary>高级工</summary>
    public const string Advanced = "Advanced";

    /// <summary>预备技师</summary>
    public const string PreTechnician = "PreTechnician";

    /// <summary>技师</summary>
    public const string Technician = "Technician";

    public static readonly IReadOnlyList<string> All = [Intermediate, Advanced, PreTechnician, Technician];
}

/// <summary>The stored codes of a master's studio's level (级别).</summary>
public static class StudioLevelCodes
{
    /// <summary>国家级</summary>
    public const string National = "National";

    /// <summary>省级</summary>
    public const string Provincial = "Provincial";

    /// <summary>市级</summary>
    public const string City = "City";

    public static readonly IReadOnlyList<string> All = [National, Provincial, City];
}
