namespace Zmd.Vocational.College.Contracts;

/// <summary>The technician college's own data: its filers keep it, bureau staff watch and approve it. A filer of any
/// other school holds none of these.</summary>
public static class CollegePermissions
{
    public const string Group = "College";

    /// <summary>See the college's dashboard, build-out projects and progress reports.</summary>
    public const string View = "College.View";

    /// <summary>Record and edit build-out projects and progress reports, and submit them (the college's filer).</summary>
    public const string Report = "College.Report";

    /// <summary>Approve or return submitted progress reports (bureau approvers).</summary>
    public const string Approve = "College.Approve";
}
