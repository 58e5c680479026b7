namespace Zmd.Vocational.Faculty.Contracts;

/// <summary>The datasets this module owns.</summary>
public static class FacultyDatasets
{
    /// <summary>教师名册: one row per teacher, per school and school year.</summary>
    public const string Teachers = "teachers";
}
