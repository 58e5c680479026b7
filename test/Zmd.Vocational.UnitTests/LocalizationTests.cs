using System.Reflection;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;

namespace Zmd.Vocational.UnitTests;

/// <summary>The JSON texts are complete: both cultures have the same keys, and every permission, error code and
/// displayed enum member has a text.</summary>
public sealed class LocalizationTests
{
    /// <summary>Enums of Contracts namespaces that no page or message shows, so they need no texts. None today: every
    /// Contracts enum (CountyKind, SchoolType, SchoolOwnership, MajorLevel, EnterpriseSize, SecurityAction,
    /// TargetComparator, TargetKind) is shown on a page. (Core's ErrorKind is not displayed, and is no contract.)</summary>
    private static readonly Type[] NotDisplayed = [];

    /// <summary>Enums outside Contracts that pages do show: the audit log shows the change kind.</summary>
    private static readonly Type[] AlsoDisplayed = [typeof(EntityChangeKind)];

    [Fact]
    public void Every_assembly_contributes_texts_in_both_cultures()
    {
        foreach (var assembly in Texts.Assemblies)
        {
            var resources = assembly.GetManifestResourceNames();
            foreach (var culture in JsonLocalizationStore.SupportedCultures)
            {
                resources.ShouldContain(r => r.EndsWith(".Localization." + culture + ".json", StringComparison.Ordinal),
                    $"{assembly.GetName().Name} has no Localization/{culture}.json");
            }
        }
    }

    [Fact]
    public void Both_cultures_have_the_same_keys()
    {
        var missingInEn = Texts.Store.MissingKeys("en", "zh-CN");
        var missingInZh = Texts.Store.MissingKeys("zh-CN", "en");

        (missingInEn.Count + missingInZh.Count).ShouldBe(0,
            $"missing in en: {string.Join(", ", missingInEn)}; missing in zh-CN: {string.Join(", ", missingInZh)}");
        Texts.Of("en").Count.ShouldBe(Texts.Of("zh-CN").Count);
    }

    [Fact]
    public void No_text_is_empty()
    {
        foreach (var culture in JsonLocalizationStore.SupportedCultures)
        {
            Texts.Of(culture).Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key).ShouldBeEmpty($"empty texts in {culture}");
        }
    }

    [Fact]
    public void Every_permission_has_a_display_name()
    {
        Texts.PermissionNames.ShouldNotBeEmpty();
        AssertTexts(Texts.PermissionNames.Select(p => "Permission:" + p));
    }

    [Fact]
    public void Every_error_code_has_a_message()
    {
        var classes = Texts.ContractTypes().Where(t => t.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
            .Append(typeof(CoreErrorCodes))
            .ToList();
        classes.Count.ShouldBeGreaterThan(1);

        var codes = classes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        codes.ShouldNotBeEmpty();

        AssertTexts(codes);
    }

    [Fact]
    public void Every_displayed_enum_member_has_a_text()
    {
        var enums = Texts.ContractTypes().Where(t => t.IsEnum).Except(NotDisplayed).Concat(AlsoDisplayed).ToList();
        enums.Count.ShouldBeGreaterThan(1);

        AssertTexts(enums.SelectMany(e => Enum.GetNames(e).Select(member => $"Enum:{e.Name}.{member}")));
    }

    private static void AssertTexts(IEnumerable<string> keys)
    {
        var wanted = keys.Distinct().ToList();
        var missing = JsonLocalizationStore.SupportedCultures
            .SelectMany(culture => wanted.Where(k => !Texts.Of(culture).ContainsKey(k)).Select(k => $"{k} ({culture})"))
            .ToList();

        missing.ShouldBeEmpty("no text for " + string.Join(", ", missing));
    }
}
