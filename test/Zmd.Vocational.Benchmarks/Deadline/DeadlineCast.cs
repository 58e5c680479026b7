using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Faculty.Contracts;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.Benchmarks.Deadline;

/// <summary>One school's filer at the deadline: their account, and the two rosters they keep re-sending (the school's own
/// people, as loaded, so none clashes with another school's), as CSV bytes made before the run so the clients spend no CPU
/// generating them while the server is measured.</summary>
internal sealed record FilerRole(string UserName, string SchoolCode, byte[] Teachers, byte[] Students);

/// <summary>Who takes part: school filers (one account per school, the first schools of the province) and bureau staff
/// (analysts and approvers, accounts of their own). The schools' teacher and student filings, approved by the load, are
/// unlocked by the bureau first, as happens when the bureau reopens them for corrections before the deadline.</summary>
internal static class DeadlineCast
{
    /// <summary>A password the policy accepts (length, digit, upper and lower case, not the user name, not a common one).</summary>
    public const string Password = "Deadline#2026kq";

    public static readonly string[] Datasets = [FacultyDatasets.Teachers, EnrolmentDatasets.Students];

    public static async Task<IReadOnlyList<FilerRole>> FilersAsync(TestApp app, IReadOnlyList<ProvinceSchool> plan, int count, int year)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<IUserAdministration>();
        var workflow = sp.GetRequiredService<IFilingWorkflow>();
        var catalog = sp.GetRequiredService<IDatasetCatalog>();
        var generators = sp.GetServices<IDemoRowGenerator>().ToDictionary(g => g.DatasetCode, StringComparer.Ordinal);
        var teachers = catalog.Get(FacultyDatasets.Teachers);
        var students = catalog.Get(EnrolmentDatasets.Students);
        var roles = new List<FilerRole>(count);
        foreach (var school in plan.Take(count))
        {
            var code = school.School.Code;
            var userName = $"deadline-filer-{code}";
            await users.CreateAsync(new NewUserInput { UserName = userName, Password = Password, Role = RoleNames.SchoolFiler, SchoolCode = code });
            foreach (var filing in (await workflow.ListAsync(year, code, FilingState.Approved)).Where(f => Datasets.Contains(f.DatasetCode)))
            {
                await workflow.UnlockAsync(filing.Id, "截止前开放更正（压测）");
            }

            var scopeOf = (long serial) => new DemoScope(code, school.School.Type, year, serial);
            roles.Add(new FilerRole(userName, code,
                ProvinceData.Csv(teachers, generators[FacultyDatasets.Teachers].Rows(scopeOf(school.TeacherSerial), school.Teachers)),
                ProvinceData.Csv(students, generators[EnrolmentDatasets.Students].Rows(scopeOf(school.StudentSerial), school.Students))));
        }

        return roles;
    }

    /// <summary>Bureau accounts: <paramref name="count"/> in all, every third an approver, the others analysts.</summary>
    public static async Task<IReadOnlyList<(string UserName, bool Approver)>> BureauAsync(TestApp app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<IUserAdministration>();
        var staff = new List<(string, bool)>(count);
        for (var i = 0; i < count; i++)
        {
            var approver = i % 3 == 0;
            var userName = $"deadline-{(approver ? "approver" : "analyst")}-{i:000}";
            await users.CreateAsync(new NewUserInput
            {
                UserName = userName,
                Password = Password,
                Role = approver ? RoleNames.BureauApprover : RoleNames.BureauAnalyst,
            });
            staff.Add((userName, approver));
        }

        return staff;
    }
}
