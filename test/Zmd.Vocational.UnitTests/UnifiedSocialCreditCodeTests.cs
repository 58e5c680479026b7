using Zmd.Vocational.Core.Validation;

namespace Zmd.Vocational.UnitTests;

/// <summary>统一社会信用代码 (GB 32100-2015), checked against an implementation of the standard written here.</summary>
public sealed class UnifiedSocialCreditCodeTests
{
    private const string Published = "91350100M000100Y43";

    [Fact]
    public void A_published_code_is_valid()
    {
        UnifiedSocialCreditCode.IsValid(Published).ShouldBeTrue();
        Gb32100.CheckCharacter(Published[..17]).ShouldBe(Published[17]);
    }

    [Theory]
    [InlineData("91411700MA9K7Q2X1")] // 9 工商, 1 enterprise, 411700 Zhumadian, organization code
    [InlineData("12411700419504326")] // 1 机构编制, 2 public institution (事业单位)
    [InlineData("52411702MJY0001H8")] // 5 民政, 2 private non-enterprise unit
    public void Codes_with_a_computed_check_character_are_valid(string first17)
    {
        var code = first17 + Gb32100.CheckCharacter(first17);

        UnifiedSocialCreditCode.IsValid(code).ShouldBeTrue(code);
    }

    [Fact]
    public void A_wrong_check_character_is_invalid()
    {
        foreach (var c in Gb32100.Alphabet.Where(c => c != Published[17]))
        {
            UnifiedSocialCreditCode.IsValid(Published[..17] + c).ShouldBeFalse($"check character {c}");
        }
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("9135010")]
    public void A_wrong_length_is_invalid(string code) => UnifiedSocialCreditCode.IsValid(code).ShouldBeFalse();

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void The_letters_I_O_S_V_Z_are_not_in_the_alphabet(char letter)
    {
        // In the body, and as the check character.
        var body = "91350100" + letter + "000100Y4";
        UnifiedSocialCreditCode.IsValid(body + "3").ShouldBeFalse();
        foreach (var check in Gb32100.Alphabet)
        {
            UnifiedSocialCreditCode.IsValid(body + check).ShouldBeFalse($"{body}{check}");
        }

        UnifiedSocialCreditCode.IsValid(Published[..17] + letter).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Null_or_empty_is_invalid(string? code) => UnifiedSocialCreditCode.IsValid(code).ShouldBeFalse();

    [Fact]
    public void Lower_case_and_surrounding_spaces_are_normalized()
    {
        UnifiedSocialCreditCode.Normalize(" 91350100m000100y43 ").ShouldBe(Published);
        UnifiedSocialCreditCode.IsValid("91350100m000100y43").ShouldBeTrue();
        UnifiedSocialCreditCode.IsValid(" 91350100m000100y43 ").ShouldBeTrue();
    }

    /// <summary>GB 32100-2015 §5 as written in the standard: characters 0-9 and A-Z without I, O, S, V, Z take the values
    /// 0..30; the weight of position i (1-based) is 3^(i-1) mod 31; the check character is the one whose value is
    /// 31 - (Σ value × weight mod 31), with 31 read as 0.</summary>
    private static class Gb32100
    {
        public static readonly string Alphabet = new([.. "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".Where(c => !"IOSVZ".Contains(c))]);

        public static char CheckCharacter(string first17)
        {
            first17.Length.ShouldBe(17);
            var sum = 0;
            var weight = 1;
            foreach (var c in first17)
            {
                var value = Alphabet.IndexOf(c);
                value.ShouldBeGreaterThanOrEqualTo(0, $"'{c}' is not in the GB 32100 alphabet");
                sum += value * weight;
                weight = weight * 3 % 31;
            }

            var check = 31 - (sum % 31);
            return Alphabet[check == 31 ? 0 : check];
        }
    }
}
