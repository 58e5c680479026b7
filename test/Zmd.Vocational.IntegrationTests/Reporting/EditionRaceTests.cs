using System.Net;
using System.Security.Cryptography;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Reporting;

/// <summary>A save or a generation renders the report (hundreds of milliseconds) before it stores it; a publication that
/// lands meanwhile must keep exactly what it published. Each race is made to happen, not hoped for: the writer is held at
/// a fault point (FaultPointGate) while the other request runs. Each test its own school year.</summary>
public sealed class EditionRaceTests(RaceFixture fixture) : IClassFixture<RaceFixture>
{
    private static async Task<EditionDto> GenerateAsync(HttpClient client, int year) =>
        await (await client.PostJsonAsync("/api/reports", new { template = ReportTemplates.City, year })).ReadAsync<EditionDto>();

    private static async Task<byte[]> HtmlAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/reports/{id}/download?format=html")).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();

    private static async Task<List<EditionDto>> EditionsAsync(HttpClient client, int year) =>
        await client.GetJsonAsync<List<EditionDto>>($"/api/reports?year={year}&template={ReportTemplates.City}");

    /// <summary>The edition is published as <paramref name="published"/> said, its stored bytes are the ones it hashed, and
    /// none of them has <paramref name="late"/> in it.</summary>
    private static async Task ShouldBeAsPublishedAsync(HttpClient client, EditionDto published, string late)
    {
        var now = await client.GetJsonAsync<EditionDto>($"/api/reports/{published.Id}");
        (now.State, now.Narrative.Foreword, now.HtmlSha256, now.GeneratedAt).ShouldBe((EditionState.Published, published.Narrative.Foreword, published.HtmlSha256, published.GeneratedAt));
        var html = await HtmlAsync(client, published.Id);
        Convert.ToHexStringLower(SHA256.HashData(html)).ShouldBe(published.HtmlSha256);
        System.Text.Encoding.UTF8.GetString(html).ShouldNotContain(late);
        (await client.GetJsonAsync<VerificationDto>($"/api/reports/{published.Id}/verify")).Valid.ShouldBeTrue();
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, string code, string message)
    {
        var problem = await response.ProblemAsync();
        (problem.Status, problem.Code).ShouldBe(((int)HttpStatusCode.Conflict, code));
        problem.Detail.ShouldBe(message);
    }

    [Fact]
    public async Task A_publication_while_a_narrative_save_renders_keeps_its_content_and_the_save_is_refused()
    {
        const int year = 2031;
        using var analyst = await fixture.App.LoginAsync("analyst");
        using var approver = await fixture.App.LoginAsync("approver");
        var draft = await GenerateAsync(analyst, year);

        // The save has passed its first check and rendered the new foreword; its transaction has not begun.
        using var held = fixture.Gate.HoldAt("reporting.narrative.before-begin");
        var saving = analyst.PutJsonAsync($"/api/reports/{draft.Id}/narrative", new NarrativeInput { Foreword = "迟到的前言" });
        await held.ReachedBy(saving);
        var published = await (await approver.PostAsync($"/api/reports/{draft.Id}/publish", null)).ReadAsync<EditionDto>();
        held.Release();

        await ShouldBeRefusedAsync(await saving, EditionErrorCodes.EditionPublished, "该报告版本（第 1 版）已发布，不能再修改；请生成新的草稿。");
        await ShouldBeAsPublishedAsync(approver, published, "迟到的前言");

        // In English too, by the same rule.
        using var english = new HttpRequestMessage(HttpMethod.Put, $"/api/reports/{draft.Id}/narrative")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new NarrativeInput { Foreword = "迟到的前言" }, options: TestApp.Json),
        };
        english.Headers.AcceptLanguage.ParseAdd("en");
        await ShouldBeRefusedAsync(await analyst.SendAsync(english), EditionErrorCodes.EditionPublished,
            "This edition (version 1) is published and cannot change; generate a new draft.");
    }

    [Fact]
    public async Task A_publication_while_a_regeneration_renders_keeps_its_content_and_the_regeneration_is_refused()
    {
        const int year = 2032;
        using var analyst = await fixture.App.LoginAsync("analyst");
        using var approver = await fixture.App.LoginAsync("approver");
        var draft = await GenerateAsync(analyst, year);
        (await analyst.PutJsonAsync($"/api/reports/{draft.Id}/narrative", new NarrativeInput { Foreword = "正式前言" })).EnsureSuccessStatusCode();

        using var held = fixture.Gate.HoldAt("reporting.generate.before-begin");
        var generating = analyst.PostJsonAsync("/api/reports", new { template = ReportTemplates.City, year, provisional = true });
        await held.ReachedBy(generating);
        var published = await (await approver.PostAsync($"/api/reports/{draft.Id}/publish", null)).ReadAsync<EditionDto>();
        held.Release();

        await ShouldBeRefusedAsync(await generating, EditionErrorCodes.EditionPublished, "该报告版本（第 1 版）已发布，不能再修改；请生成新的草稿。");
        published.Provisional.ShouldBeFalse();
        (await analyst.GetJsonAsync<EditionDto>($"/api/reports/{draft.Id}")).Provisional.ShouldBeFalse("the regeneration's basis is not stored");
        await ShouldBeAsPublishedAsync(approver, published, "尚未审核");
        (await EditionsAsync(analyst, year)).Select(e => (e.Version, e.State)).ShouldBe([(1, EditionState.Published)], "no second draft either");
    }

    [Fact]
    public async Task A_publication_waiting_for_a_narrative_save_publishes_what_the_save_stored()
    {
        const int year = 2033;
        using var analyst = await fixture.App.LoginAsync("analyst");
        using var approver = await fixture.App.LoginAsync("approver");
        var draft = await GenerateAsync(analyst, year);

        // The save holds the report's lock, its rows written and not committed; the publication comes meanwhile.
        using var held = fixture.Gate.HoldAt("reporting.narrative.before-commit");
        var saving = analyst.PutJsonAsync($"/api/reports/{draft.Id}/narrative", new NarrativeInput { Foreword = "定稿前言" });
        await held.ReachedBy(saving);
        var publishing = approver.PostAsync($"/api/reports/{draft.Id}/publish", null);
        await LockWaits.UntilWaitingAsync(fixture.App.Database, publishing);
        held.Release();

        (await (await saving).ReadAsync<EditionDto>()).Narrative.Foreword.ShouldBe("定稿前言");
        var published = await (await publishing).ReadAsync<EditionDto>();
        published.Narrative.Foreword.ShouldBe("定稿前言");
        var html = await HtmlAsync(approver, draft.Id);
        System.Text.Encoding.UTF8.GetString(html).ShouldContain("定稿前言");
        Convert.ToHexStringLower(SHA256.HashData(html)).ShouldBe(published.HtmlSha256, "the hash is of the content the save stored");
        (await approver.GetJsonAsync<VerificationDto>($"/api/reports/{draft.Id}/verify")).Valid.ShouldBeTrue();
    }

    [Fact]
    public async Task Two_first_generations_at_once_store_one_draft_and_refuse_the_other()
    {
        const int year = 2034;
        using var analyst = await fixture.App.LoginAsync("analyst");
        using var approver = await fixture.App.LoginAsync("approver");

        using var held = fixture.Gate.HoldAt("reporting.generate.before-begin");
        var first = analyst.PostJsonAsync("/api/reports", new { template = ReportTemplates.City, year });
        await held.ReachedBy(first);
        var second = await GenerateAsync(approver, year);
        held.Release();

        await ShouldBeRefusedAsync(await first, EditionErrorCodes.EditionsChanged,
            "生成期间该报告已被他人修改（重新生成、保存或发布；最新为第 1 版），本次未保存；请重新打开报告后再试。");
        (await EditionsAsync(analyst, year)).Select(e => (e.Id, e.Version, e.State, e.GeneratedBy)).ShouldBe([(second.Id, 1, EditionState.Draft, "approver")]);
    }
}
