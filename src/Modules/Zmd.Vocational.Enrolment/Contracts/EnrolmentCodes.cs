namespace Zmd.Vocational.Enrolment.Contracts;

/// <summary>The datasets this module owns.</summary>
public static class EnrolmentDatasets
{
    /// <summary>在校生名册: one row per enrolled student, per school and school year.</summary>
    public const string Students = "students";

    /// <summary>开设专业及教学学时: one row per major a school runs in the school year, with the teaching hours of its
    /// programme, from which monitoring computes the majors offered and the practice-hour share (教职成〔2019〕13号).</summary>
    public const string MajorsOffered = "majors-offered";
}

/// <summary>The stored codes of a student's level (培养层次), as filed and as counted by <see cref="EnrolmentMeasures"/>.</summary>
public static class StudentLevelCodes
{
    /// <summary>中职</summary>
    public const string Secondary = "Secondary";

    /// <summary>高职专科</summary>
    public const string Associate = "Associate";

    /// <summary>职业本科</summary>
    public const string Bachelor = "Bachelor";

    /// <summary>中级工</summary>
    public const string Intermediate = "Intermediate";

    /// <summary>高级工</summary>
    public const string Advanced = "Advanced";

    /// <summary>预备技师</summary>
    public const string PreTechnician = "PreTechnician";

    /// <summary>技师</summary>
    public const string Technician = "Technician";

    public static readonly IReadOnlyList<string> All = [Secondary, Associate, Bachelor, Intermediate, Advanced, PreTechnician, Technician];
}

/// <summary>The stored codes of a student's status (学籍状态).</summary>
public static class StudentStatusCodes
{
    /// <summary>在籍</summary>
    public const string InSchool = "InSchool";

    /// <summary>休学</summary>
    public const string Suspended = "Suspended";

    /// <summary>毕业</summary>
    public const string Graduated = "Graduated";

    /// <summary>退学</summary>
    public const string Withdrawn = "Withdrawn";

    /// <summary>转出</summary>
    public const string TransferredOut = "TransferredOut";
}
