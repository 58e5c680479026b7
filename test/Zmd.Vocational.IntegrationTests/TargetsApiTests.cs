using System.Net;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>GET /api/targets holds every target of the plan with the plan's own numbers. The expected values are typed
/// in here from the plan text (驻政〔2022〕36号), not read from the seed file, so a wrong seed fails the test.</summary>
public sealed class TargetsApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>code → (target value as the plan prints it, baseline as printed or null).</summary>
    public static readonly TheoryData<string, string, string?> PlanTargets = new()
    {
        // 专栏1 主要指标 (2020 → 2025)
        { "K1.01", "31", "25" }, { "K1.02", "15:35:50", "11:33:56" }, { "K1.03", "30", "11" }, { "K1.04", "9", "7" },
        { "K1.05", "10", null }, { "K1.06", "2.5", "1.5" }, { "K1.07", "50", "26.82" }, { "K1.08", "25", "39.99" },
        { "K1.09", "15", "32.31" }, { "K1.10", "6", "15.35" }, { "K1.11", "5.5", null }, { "K1.12", "稳步提高", null },
        { "K1.13", "11.3", null }, { "K1.14", "95", "96" }, { "K1.15", "60", "61.03" }, { "K1.16", "90", "98" }, { "K1.17", "95", "98" },
        // 第一章第五节
        { "C1S5.01", "50", null }, { "C1S5.02", "11.5", null }, { "C1S5.03", "10", null }, { "C1S5.04", "50", null }, { "C1S5.05", "30", null },
        { "Z31.01.01", "30", null },
        // 专栏3-3 第07项 职业教育质量提升工程
        { "Z33.07.01", "8", null }, { "Z33.07.02", "3.5", null }, { "Z33.07.03", "1", null }, { "Z33.07.04", "60", null },
        { "Z33.07.05", "10", null }, { "Z33.07.06", "70", null }, { "Z33.07.07", "2", null },
        // 专栏6 第03、04项 技师学院
        { "Z6.03.01", "60000", null }, { "Z6.03.02", "3000", null }, { "Z6.03.03", "12000", null }, { "Z6.03.04", "5000", null },
        { "Z6.03.05", "1000", null }, { "Z6.03.06", "5", null }, { "Z6.03.07", "1000", null }, { "Z6.04.01", "5000", null },
        // 第七章与专栏7
        { "C7.01", "50", null }, { "Z7.02.01", "6", null }, { "Z7.03.01", "5", null }, { "Z7.03.02", "10", null },
        { "Z7.05.01", "10", null }, { "Z7.05.02", "20", null }, { "Z7.05.03", "3", null }, { "Z7.05.04", "2", null },
        { "Z7.06.01", "100", null }, { "Z7.06.02", "90", null }, { "Z7.06.03", "60", null },
    };

    private async Task<List<TargetDto>> AllAsync()
    {
        using var client = await fixture.App.LoginAsync("filer");
        return await client.GetJsonAsync<List<TargetDto>>("/api/targets");
    }

    [Theory]
    [MemberData(nameof(PlanTargets))]
    public async Task Every_plan_target_is_there_with_the_plans_numbers(string code, string target, string? baseline)
    {
        var t = (await AllAsync()).SingleOrDefault(x => x.Code == code);
        t.ShouldNotBeNull($"target {code} is missing");
        Printed(t.TargetValue, t.TargetText).ShouldBe(target);
        if (baseline is not null)
        {
            Printed(t.BaselineValue, t.BaselineText).ShouldBe(baseline);
            t.BaselineYear.ShouldBe(2020);
        }

        t.TargetYear.ShouldBe(2025);
    }

    [Fact]
    public async Task The_register_holds_exactly_the_plans_targets()
    {
        var codes = (await AllAsync()).Select(t => t.Code).Order().ToList();
        codes.ShouldBe(PlanTargets.Select(row => (string)row.Data.Item1).Order().ToList());
    }

    [Fact]
    public async Task Kinds_and_comparators_follow_the_plan()
    {
        var all = (await AllAsync()).ToDictionary(t => t.Code);
        all["K1.13"].Kind.ShouldBe(TargetKind.Binding); // 约束性: the only binding row of 专栏1
        all.Values.Where(t => t.Code.StartsWith("K1.", StringComparison.Ordinal) && t.Code != "K1.13").ShouldAllBe(t => t.Kind == TargetKind.Indicative);
        all["K1.11"].Comparator.ShouldBe(TargetComparator.AtMost); // 城镇调查失业率 <5.5
        all["K1.11"].ComparatorSymbol.ShouldBe("≤");
        all["Z7.06.03"].Comparator.ShouldBe(TargetComparator.AtLeast);
        all["Z6.03.01"].Unit.ShouldBe("平方米");
        all["K1.07"].Section.ShouldBe("专栏1 第7项");
    }

    [Fact]
    public async Task A_target_stated_twice_with_different_numbers_keeps_both_and_marks_the_conflict()
    {
        var all = (await AllAsync()).ToDictionary(t => t.Code);
        // 双师型教师比例: 专栏1 says 50, 专栏3-3 第07项 says more than 60.
        all["K1.07"].ConflictsWith.ShouldContain("Z33.07.04");
        all["Z33.07.04"].ConflictsWith.ShouldContain("K1.07");
        all["K1.07"].TargetValue.ShouldBe(50m);
        all["Z33.07.04"].TargetValue.ShouldBe(60m);
        all["K1.07"].Section.ShouldNotBe(all["Z33.07.04"].Section);
        // 专业技术人才总量: 31 in 专栏1, 30 in 第一章第五节.
        all["K1.01"].ConflictsWith.ShouldContain("C1S5.05");
        all["K1.04"].ConflictsWith.ShouldBeEmpty();
    }

    [Fact]
    public async Task One_target_by_code_and_an_unknown_code_is_a_localized_404()
    {
        using var client = await fixture.App.LoginAsync("analyst");
        (await client.GetJsonAsync<TargetDto>("/api/targets/Z6.03.03")).TargetValue.ShouldBe(12000m);
        var missing = await client.GetAsync("/api/targets/NOPE");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.ProblemAsync()).Code.ShouldBe("Targets:TargetNotFound");
    }

    private static string? Printed(decimal? value, string? text) =>
        value?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? text;
}
