using Zmd.Vocational.College.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>The college's figures of a year that the standard looks at (null: not filed).</summary>
internal sealed record CollegeFigures(decimal? FullTimeStudents, decimal? TrainingPlaces, decimal? AdvancedShare, decimal? AdvancedTrainees);

/// <summary>技师学院设置标准 (人社部发〔2012〕8号): a scale of at least 5,000 (at least 3,000 full-time students and 2,000
/// training places a year); students at 高级工 and 预备技师 (and 技师) level at least 60% of all; at least 1,000
/// advanced- or technician-level trainees a year. Pure: the tests check it by hand.</summary>
internal static class CollegeStandard
{
    public const string Source = "技师学院设置标准（人社部发〔2012〕8号）";

    public static IReadOnlyList<StandardCheckDto> Check(CollegeFigures f) =>
    [
        Line("scale", "办学规模（全日制在校生＋年培训）", "Total scale (full-time students + training a year)", "人",
            f.FullTimeStudents is null && f.TrainingPlaces is null ? null : (f.FullTimeStudents ?? 0) + (f.TrainingPlaces ?? 0), 5000),
        Line("fulltime", "全日制在校生", "Full-time students", "人", f.FullTimeStudents, 3000),
        Line("training", "年培训规模（社会培训人次）", "Training a year (person-times)", "人次", f.TrainingPlaces, 2000),
        Line("advanced-share", "高级工及以上在校生占比", "Share of students at senior-worker level or above", "%", f.AdvancedShare, 60),
        Line("advanced-trainees", "年高级工及以上层次培养人数", "Advanced- or technician-level trainees a year", "人", f.AdvancedTrainees, 1000),
    ];

    private static StandardCheckDto Line(string code, string zh, string en, string unit, decimal? value, decimal threshold) =>
        new(code, zh, en, unit, value, threshold, value is { } v ? v >= threshold : null);
}
