using System.Text.RegularExpressions;
using Zmd.Vocational.Reporting.Rendering;
using Zmd.Vocational.Reporting.Templates;

namespace Zmd.Vocational.UnitTests.Reporting;

/// <summary>The figures a template names are read from Scriban's syntax tree (never by running it) and checked against
/// what the template's report offers, together with the partials and the layout it renders with.</summary>
public sealed partial class TemplateFigureTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Offered = new Dictionary<string, IReadOnlySet<string>>
    {
        ["city-report"] = new HashSet<string> { "dual-ratio", "apprentices", "city.prof-talent" },
        ["school-report"] = new HashSet<string> { "dual-ratio", "apprentices" },
        ["target-brief"] = new HashSet<string>(),
    };

    [Fact]
    public void Every_way_of_naming_a_figure_is_read_and_an_unknown_code_is_found_where_it_is_written()
    {
        const string city = """
            {{~ ## 注释里的 figures['in-a-comment'] 不是引用 ## ~}}
            {{~
              f = figures
              g = f
            ~}}
            {{ f['dual-ratio'].text }} {{ f['dual-ratoi'].text }}
            {{ figures["city.prof-talnet"].text }} {{ model.figures['nope'].text }}
            {{ g.apprentices.text }} {{ g.apprentice.text }} {{ (f)['paren'] }}
            {{ report.title }} {{ f[code] }}
            """;

        var problems = Check(("city-report.html.scriban", city));

        problems.Select(p => (p.Code, p.Line, p.Column)).ShouldBe(
            [("dual-ratoi", 6, 33), ("city.prof-talnet", 7, 12), ("nope", 7, 57), ("apprentice", 8, 31), ("paren", 8, 57)]);
        problems.ShouldAllBe(p => p.Template == "city-report.html.scriban" && p.Report == "city-report" && p.Main == "city-report.html.scriban");
    }

    [Fact]
    public void A_code_one_report_has_is_unknown_to_another()
    {
        var problems = Check(("city-report.md.scriban", "{{ figures['city.prof-talent'].text }}"), ("school-report.md.scriban", "{{ figures['city.prof-talent'].text }}"));

        problems.ShouldHaveSingleItem().ShouldBe(new FigureProblem("school-report", "school-report.md.scriban", "school-report.md.scriban", 1, 12, "city.prof-talent"));
    }

    [Fact]
    public void A_partial_and_the_layout_are_checked_for_every_report_that_renders_with_them()
    {
        var problems = Check(
            ("city-report.html.scriban", "{{ f = figures }}{{ include 'key-figures' }}"),
            ("target-brief.html.scriban", "{{ f = figures }}{{ include 'key-figures' }}"),
            ("_partials/key-figures.html.scriban", "<p>\n{{ f['dual-ratio'].text }}</p>"),
            ("_layout.html.scriban", "{{ content }}\n\n{{ figures.apprentices.text }}"),
            ("school-report.html.scriban", "{{ layout = false }}{{ figures['apprentices'].text }}"));

        problems.Select(p => (p.Report, p.Template, p.Line, p.Code)).ShouldBe(
            [("target-brief", "_partials/key-figures.html.scriban", 2, "dual-ratio"), ("target-brief", "_layout.html.scriban", 3, "apprentices")],
            ignoreOrder: true);
    }

    [Fact]
    public void A_layout_the_report_chooses_replaces_the_standard_one_and_an_unused_partial_is_checked_against_every_report()
    {
        var problems = Check(
            ("target-brief.md.scriban", "{{ layout = '_layout-brief' }}正文"),
            ("_layout.md.scriban", "{{ content }}{{ figures['dual-ratio'].text }}"),
            ("_layout-brief.md.scriban", "{{ content }}{{ figures['apprentices'].text }}"),
            ("_partials/unused.scriban", "{{ figures['dual-ratio'].text }}{{ figures['no-such-code'].text }}"));

        problems.Select(p => (p.Report, p.Template, p.Code)).ShouldBe(
            [("target-brief", "_layout-brief.md.scriban", "apprentices"), ("", "_partials/unused.scriban", "no-such-code")], ignoreOrder: true);
    }

    [Fact]
    public void A_loop_variable_is_no_alias_and_a_computed_code_is_not_checked()
    {
        var problems = Check(("city-report.html.scriban", "{{ f = figures }}{{ for f in rows }}{{ f.text }}{{ end }}{{ for c in ['x'] }}{{ figures[c] }}{{ end }}"));

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void A_template_with_a_syntax_error_is_left_to_the_syntax_check() =>
        Check(("city-report.html.scriban", "{{ if }}{{ figures['nope'] }}")).ShouldBeEmpty();

    [Theory]
    [InlineData("city-report.html.scriban", 16)]
    [InlineData("school-report.html.scriban", 5)]
    public void The_shipped_templates_figures_are_read_exactly_those_the_page_marks(string path, int count)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "templates", path));
        var parsed = new TemplateParseCache().Get(path, text, TemplateText.Hash(text));

        var read = FigureReferences.Read(parsed).Lookups.Where(l => l.Target == "f").Select(l => l.Code).ToList();

        // Every key figure of the HTML reports is written as <span class="fig" data-code="code">{{ f['code'].text }}</span>.
        read.Count.ShouldBe(count);
        read.ShouldBe(DataCode().Matches(text).Select(m => m.Groups[1].Value), ignoreOrder: false);
    }

    private static IReadOnlyList<FigureProblem> Check(params (string Path, string Text)[] files) =>
        TemplateFigureCheck.Check(files.ToDictionary(
            f => f.Path,
            f => new TemplateText(TemplateName.FromPath(f.Path) ?? throw new ArgumentException(f.Path), f.Text, TemplateText.Hash(f.Text), Overridden: false),
            StringComparer.Ordinal), Offered, new TemplateParseCache());

    [GeneratedRegex("""data-code="([^"]+)">\{\{ f\['""")]
    private static partial Regex DataCode();
}
