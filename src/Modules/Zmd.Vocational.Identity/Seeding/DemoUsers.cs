using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.Identity.Seeding;

/// <summary>One demo account per role, plus a second school's filer and the technician college's filer, so isolation
/// between schools can be seen. Listed in the README; created only with --demo or in Development.</summary>
internal static class DemoUsers
{
    public const string Password = "Zmd@2025demo";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string? SchoolCode)> All =
    [
        ("admin", "系统管理员", RoleNames.SystemAdmin, null),
        ("analyst", "市教育局 分析员", RoleNames.BureauAnalyst, null),
        ("approver", "市教育局 审核员", RoleNames.BureauApprover, null),
        ("filer", "遂平县职业教育中心 填报员", RoleNames.SchoolFiler, "3141172801"),
        ("filer2", "驻马店职业技术学院 填报员", RoleNames.SchoolFiler, "4141170001"),
        ("college", "驻马店技师学院 填报员", RoleNames.SchoolFiler, "5141170001"),
    ];
}
