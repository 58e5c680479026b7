using System.Net.Http.Json;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.IntegrationTests.Operations;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>Every state-changing page handler (the architecture test's list, found by reflection: PageHandlers.Guarded)
/// refuses every signed-in user who lacks its permission — each demo role in turn and a user with no role at all — with
/// the access-denied page, and nothing in the database changes.</summary>
public sealed class PageHandlerAuthorizationTests
{
    private static readonly string[] DemoUsers = ["admin", "analyst", "approver", "filer", "college"];

    [Fact]
    public async Task Every_state_changing_page_handler_refuses_a_signed_in_user_without_its_permission_and_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var users = new List<(string Name, HttpClient Client, IReadOnlyList<string> Permissions)>();
        foreach (var name in DemoUsers.Append(await RolelessUserAsync(app)))
        {
            var client = await app.LoginAsync(name);
            users.Add((name, client, (await client.GetJsonAsync<CurrentUserDto>("/api/account/me")).Permissions));
        }

        users.Single(u => u.Name == "nobody").Permissions.ShouldBeEmpty();
        var handlers = PageHandlers.Guarded;
        handlers.Count.ShouldBe(PageHandlers.All.Count - PageHandlers.WithoutPermission.Count);

        var before = await PagePosts.SnapshotAsync(app.Database);
        var refusals = 0;
        foreach (var handler in handlers)
        {
            var permission = handler.Requirement!.Permission;
            var lacking = users.Where(u => !u.Permissions.Contains(permission)).ToList();
            lacking.ShouldNotBeEmpty($"{handler}: somebody lacks {permission}");
            foreach (var user in lacking)
            {
                using var response = await user.Client.PostPageAsync(handler.Url());
                await response.ShouldBeDeniedAsync(user.Client, $"{handler} as {user.Name}, without {permission}");
                refusals++;
            }
        }

        (await PagePosts.SnapshotAsync(app.Database)).ShouldBeUnchangedFrom(before);
        refusals.ShouldBeGreaterThan(handlers.Count);
        foreach (var user in users)
        {
            user.Client.Dispose();
        }
    }

    /// <summary>A signed-in user holding no permission at all: created as an analyst, then stripped of the role in the
    /// database before signing in (no page or API can make such a user).</summary>
    private static async Task<string> RolelessUserAsync(TestApp app)
    {
        using var admin = await app.LoginAsync("admin");
        (await admin.PostAsJsonAsync("/api/identity/users", new NewUserInput
        {
            UserName = "nobody", Password = TestApp.DemoPassword, DisplayName = "无角色", Role = "bureau_analyst",
        })).EnsureSuccessStatusCode();

        await using var connection = await DatabaseDump.OpenAsync(app.Database);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM \"IdnUserRoles\" WHERE \"UserId\" IN (SELECT \"Id\" FROM \"IdnUsers\" WHERE \"UserName\" = 'nobody')";
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        return "nobody";
    }
}
