using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Data;
using Zmd.Vocational.Reporting.Application;
using Zmd.Vocational.Reporting.Application.Builders;
using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Reporting.Templates;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.UnitTests.Reporting;

/// <summary>The start-up check of the report figures, run as the host runs it (the modules composed by the registry, the
/// real catalog from the seed files): the shipped builders and templates pass; a builder's code the catalog lacks stops
/// the start, naming the code.</summary>
public sealed class FigureStartupTests
{
    [Fact]
    public async Task The_shipped_builders_and_templates_name_only_figures_that_exist()
    {
        using var provider = Compose(Repository.Seeds);
        using var scope = provider.CreateScope();
        var check = scope.ServiceProvider.GetRequiredService<ReportFigureCheck>();

        check.UnknownIndicators().ShouldBeEmpty();
        var files = provider.GetRequiredService<TemplateFiles>().All();
        files.Keys.Count(k => !k.StartsWith('_')).ShouldBe(8);
        check.Problems(files).ShouldBeEmpty();
        check.FiguresByReport()["city-report"].Count.ShouldBe(60, "36 indicators of indicators.csv and 24 city figures");
        IndicatorCode.All.Count.ShouldBe(36);
        await StartAsync(provider);
    }

    [Fact]
    public async Task A_builder_naming_an_indicator_the_catalog_does_not_have_stops_the_start_and_names_it()
    {
        var seeds = Directory.CreateTempSubdirectory("zmd-seeds-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(Repository.Seeds))
            {
                File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
            }

            // The builders name senior-title-share (IndicatorCode.SeniorTitleShare); this catalog has it no longer.
            var indicators = Path.Combine(seeds, "indicators.csv");
            var lines = await File.ReadAllLinesAsync(indicators, TestContext.Current.CancellationToken);
            await File.WriteAllLinesAsync(indicators, lines.Where(l => !l.StartsWith("senior-title-share,", StringComparison.Ordinal)),
                TestContext.Current.CancellationToken);
            using var provider = Compose(seeds, Path.Combine(Repository.Root, "templates"));

            var ex = await Should.ThrowAsync<InvalidDataException>(() => StartAsync(provider));

            // The builders' code, and the city report's templates that print it: every place that would have read 无数据.
            var problems = ex.Message.Split(Environment.NewLine).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
            problems.Count.ShouldBe(3, ex.Message);
            problems[0].ShouldContain("the indicator 'senior-title-share' (IndicatorCode.SeniorTitleShare), which is not in seeds/indicators.csv");
            problems[1].ShouldStartWith("- city-report.html.scriban line 64, column ");
            problems[2].ShouldStartWith("- city-report.md.scriban line 65, column ");
            problems.Skip(1).ShouldAllBe(p => p.Contains("figures['senior-title-share'] is not a figure of city-report"));
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    [Fact]
    public void A_figure_set_has_no_data_for_a_gathered_code_and_refuses_a_code_it_did_not_gather()
    {
        var value = new IndicatorValueDto("dual-ratio", "双师型教师比例", "Dual", "%", 2, 2025, MonitoringScope.School, "1", "甲校", 50m, 5m, 10m,
            1, 1, false, null, null);
        var set = new FigureSet([value], ["dual-ratio", "apprentices"]);

        set[IndicatorCode.DualRatio].Text.ShouldBe("50.00%");
        set[IndicatorCode.Apprentices].Text.ShouldBe(ReportText.NoData);
        Should.Throw<InvalidOperationException>(() => set.Row(IndicatorCode.CityVirtualBases)).Message.ShouldContain("'city.virtual-bases'");
    }

    private static ServiceProvider Compose(string seeds, string? templates = null)
    {
        var settings = new Dictionary<string, string?> { ["Seeding:Directory"] = seeds };
        if (templates is not null)
        {
            settings["Reporting:TemplatesDirectory"] = templates;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddModules(configuration);
        services.AddSingleton<ICurrentUser, SystemCurrentUser>();
        return services.BuildServiceProvider();
    }

    private static Task StartAsync(IServiceProvider provider) =>
        provider.GetServices<IHostedService>().OfType<FigureCheckAtStartup>().Single().StartAsync(TestContext.Current.CancellationToken);
}
