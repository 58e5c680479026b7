using System.Globalization;
using Zmd.Vocational.Core.Localization;

namespace Zmd.Vocational.UnitTests;

/// <summary>Named placeholders in messages, with the {field} argument itself localized.</summary>
public sealed class JsonStringLocalizerTests
{
    private static readonly JsonStringLocalizer Localizer = new(Texts.Store);

    [Theory]
    [InlineData("zh-CN", "“学校名称”不能超过 128 个字符。")]
    [InlineData("en", "\"School name\" must not be longer than 128 characters.")]
    public void Format_fills_placeholders_and_localizes_the_field(string culture, string expected)
    {
        var text = InCulture(culture, () =>
            Localizer.Format("Core:TooLong", new Dictionary<string, object?> { ["field"] = "SchoolName", ["max"] = 128 }));

        text.ShouldBe(expected);
    }

    [Theory]
    [InlineData("zh-CN", "学校代码“A-1”只能包含字母和数字。")]
    [InlineData("en", "School code \"A-1\" may contain only letters and digits.")]
    public void Other_arguments_are_inserted_as_they_are(string culture, string expected)
    {
        var text = InCulture(culture, () =>
            Localizer.Format("Institutions:InvalidSchoolCode", new Dictionary<string, object?> { ["code"] = "A-1" }));

        text.ShouldBe(expected);
    }

    [Theory]
    [InlineData("zh-CN", "“用户名”为必填项。")]
    [InlineData("en", "\"User name\" is required.")]
    public void A_field_of_another_module_is_localized_too(string culture, string expected) =>
        InCulture(culture, () => Localizer.Format("Core:Required", new Dictionary<string, object?> { ["field"] = "UserName" }))
            .ShouldBe(expected);

    [Theory]
    [InlineData("zh-CN", "未找到所请求的记录。")]
    [InlineData("en", "The requested record was not found.")]
    public void Without_arguments_the_text_is_returned(string culture, string expected) =>
        InCulture(culture, () => Localizer.Format("Core:NotFound", new Dictionary<string, object?>())).ShouldBe(expected);

    [Fact]
    public void A_missing_argument_leaves_its_placeholder_and_a_null_one_is_empty()
    {
        InCulture("en", () => Localizer.Format("Core:TooLong", new Dictionary<string, object?> { ["field"] = "SchoolName" }))
            .ShouldBe("\"School name\" must not be longer than {max} characters.");
        InCulture("en", () => Localizer.Format("Institutions:InvalidSchoolCode", new Dictionary<string, object?> { ["code"] = null }))
            .ShouldBe("School code \"\" may contain only letters and digits.");
    }

    [Fact]
    public void An_unknown_key_is_returned_as_it_is()
    {
        var text = InCulture("en", () => Localizer["No:SuchKey"]);

        text.Value.ShouldBe("No:SuchKey");
        text.ResourceNotFound.ShouldBeTrue();
    }

    [Fact]
    public void English_falls_back_to_chinese_and_other_cultures_read_chinese()
    {
        InCulture("en-GB", () => Localizer["Core:NotFound"].Value).ShouldBe("The requested record was not found.");
        InCulture("fr-FR", () => Localizer["Core:NotFound"].Value).ShouldBe("未找到所请求的记录。");
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = culture;
        }
    }
}
