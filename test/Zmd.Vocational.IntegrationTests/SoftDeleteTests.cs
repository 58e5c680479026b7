using System.Net;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>Deleting marks the row: it disappears from every read, the audit log says who deleted it, and nothing is lost.</summary>
public sealed class SoftDeleteTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Code = "91411700MA4000000Y";

    [Fact]
    public async Task A_deleted_enterprise_is_hidden_audited_and_restored_by_registering_it_again()
    {
        UnifiedCode.ShouldBeValid(Code);
        using var admin = await fixture.App.LoginAsync("admin");
        var created = await (await admin.PostJsonAsync("/api/enterprises", new { name = "驻马店某农业科技有限公司", creditCode = Code, size = "BelowDesignatedSize" })).ReadAsync<EnterpriseDto>();

        (await admin.DeleteAsync($"/api/enterprises/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/enterprises/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetJsonAsync<List<EnterpriseDto>>("/api/enterprises")).ShouldNotContain(e => e.Id == created.Id);
        (await admin.DeleteAsync($"/api/enterprises/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var log = await admin.GetJsonAsync<List<EntityChangeDto>>($"/api/audit-log?entityType=Enterprise&entityId={created.Id}");
        log.ShouldContain(c => c.Kind == EntityChangeKind.Deleted && c.UserName == "admin");

        var restored = await (await admin.PostJsonAsync("/api/enterprises", new { name = "驻马店某农业科技有限公司（恢复）", creditCode = Code, size = "AboveDesignatedSize" })).ReadAsync<EnterpriseDto>();
        restored.Id.ShouldBe(created.Id);
        restored.Size.ShouldBe(EnterpriseSize.AboveDesignatedSize);
    }

    [Fact]
    public async Task A_school_filer_cannot_delete_enterprises()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var created = await (await admin.PostJsonAsync("/api/enterprises", new { name = "不可删除测试", creditCode = "91411700MA40000012", size = "BelowDesignatedSize" })).ReadAsync<EnterpriseDto>();
        using var filer = await fixture.App.LoginAsync("filer");
        (await filer.DeleteAsync($"/api/enterprises/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync($"/api/enterprises/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static class UnifiedCode
    {
        public static void ShouldBeValid(string code) =>
            Zmd.Vocational.Core.Validation.UnifiedSocialCreditCode.IsValid(code).ShouldBeTrue($"test data {code} must be a valid credit code");
    }
}
