namespace Zmd.Vocational.College.Contracts;

/// <summary>The measures the technician college's output datasets yield per school and year. Per-level codes append the
/// lower-case level code: "col.graduates.advanced", "col.certified.technician", "col.studios.provincial".</summary>
public static class CollegeMeasures
{
    /// <summary>毕业生人数, all levels.</summary>
    public const string Graduates = "col.graduates";

    /// <summary>取得技能等级证书人数 (through the college's own skill assessment), all levels.</summary>
    public const string Certified = "col.certified";

    /// <summary>新增中级工以上技能人才 (Z6.04.01): the people certified at 中级工 or above in the year. Every level the output
    /// dataset knows (中级工, 高级工, 预备技师, 技师) is 中级工 or above, so this equals <see cref="Certified"/>; it is a measure
    /// of its own so that the target keeps its meaning should a lower level (初级工) ever be filed.</summary>
    public const string NewSkilled = "col.new-skilled";

    /// <summary>社会培训人次, all levels.</summary>
    public const string SocialTraining = "col.social-training";

    /// <summary>技能评价人次, all levels.</summary>
    public const string Assessments = "col.assessments";

    /// <summary>实习人次 over every enterprise.</summary>
    public const string Internships = "col.internships";

    /// <summary>实习人次 at the city's backbone enterprises (市骨干企业; Z6.03.07).</summary>
    public const string BackboneInternships = "col.internships.backbone";

    /// <summary>技能大师工作室 (Z6.03.06), all levels.</summary>
    public const string Studios = "col.studios";

    public static string GraduatesOf(string skillLevelCode) => Graduates + "." + skillLevelCode.ToLowerInvariant();

    public static string CertifiedOf(string skillLevelCode) => Certified + "." + skillLevelCode.ToLowerInvariant();

    public static string StudiosOf(string studioLevelCode) => Studios + "." + studioLevelCode.ToLowerInvariant();
}
