using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>Every change of an audited entity is traceable to a person and a time, with old and new values; audit fields are set.</summary>
public sealed class AuditTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Creating_and_editing_a_school_is_recorded_with_who_when_old_and_new()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var input = new { code = "3141179911", name = "审计测试学校", type = "SecondaryVocational", countyCode = "411721", ownership = "Private", isActive = true };
        var started = DateTime.UtcNow.AddSeconds(-5);
        var created = await (await admin.PostJsonAsync("/api/schools", input)).ReadAsync<SchoolDto>();
        created.CreatedAt.ShouldBeGreaterThan(started);
        created.CreatedAt.Kind.ShouldBe(DateTimeKind.Utc);

        var edited = await (await admin.PutJsonAsync($"/api/schools/{created.Id}", input with { name = "审计测试学校（更名）" })).ReadAsync<SchoolDto>();
        edited.ModifiedAt.ShouldNotBeNull();

        var log = await admin.GetJsonAsync<List<EntityChangeDto>>($"/api/audit-log?entityType=School&entityId={created.Id}");
        log.Count.ShouldBe(2);
        var creation = log.Single(c => c.Kind == EntityChangeKind.Created);
        creation.UserName.ShouldBe("admin");
        creation.Properties.ShouldContain(p => p.PropertyName == "Name" && p.NewValue == "审计测试学校" && p.OldValue == null);

        var update = log.Single(c => c.Kind == EntityChangeKind.Updated);
        update.UserName.ShouldBe("admin");
        update.Properties.Count.ShouldBe(1, "only the changed property is recorded");
        update.Properties[0].ShouldBe(new PropertyChangeDto("Name", "审计测试学校", "审计测试学校（更名）"));
    }

    [Fact]
    public async Task Login_and_logout_are_in_the_security_log()
    {
        using (var approver = await fixture.App.LoginAsync("approver"))
        {
            (await approver.PostAsync("/api/account/logout", null)).IsSuccessStatusCode.ShouldBeTrue();
        }

        using var admin = await fixture.App.LoginAsync("admin");
        var log = await admin.GetJsonAsync<List<Zmd.Vocational.Identity.Contracts.SecurityLogDto>>("/api/identity/security-log");
        log.ShouldContain(e => e.UserName == "approver" && e.Action == Zmd.Vocational.Identity.Contracts.SecurityAction.LoginSucceeded);
        log.ShouldContain(e => e.UserName == "approver" && e.Action == Zmd.Vocational.Identity.Contracts.SecurityAction.Logout);
    }
}
