using Zmd.Vocational.Core.Validation;

namespace Zmd.Vocational.UnitTests;

/// <summary>居民身份证号码 (GB 11643-1999), checked against an ISO 7064 MOD 11-2 computation written here.</summary>
public sealed class ResidentIdNumberTests
{
    [Fact]
    public void A_number_with_a_computed_check_digit_is_valid()
    {
        var id = Mod112.Complete("41170220080915123");

        ResidentIdNumber.HasValidCheckDigit(id).ShouldBeTrue(id);
    }

    [Fact]
    public void An_X_check_digit_is_valid_in_either_case()
    {
        var id = Mod112.FirstWithX("41170220080915");
        id[17].ShouldBe('X');

        ResidentIdNumber.HasValidCheckDigit(id).ShouldBeTrue(id);
        ResidentIdNumber.HasValidCheckDigit(id.ToLowerInvariant()).ShouldBeTrue();
    }

    [Fact]
    public void Every_other_check_character_is_invalid()
    {
        var id = Mod112.Complete("41170220080915123");
        foreach (var c in "0123456789X".Where(c => c != id[17]))
        {
            ResidentIdNumber.HasValidCheckDigit(id[..17] + c).ShouldBeFalse($"check character {c}");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("41170220080915123")]
    [InlineData("4117022008091512345")]
    [InlineData("41170A200809151235")]
    public void Malformed_numbers_are_invalid(string? id) => ResidentIdNumber.HasValidCheckDigit(id).ShouldBeFalse();

    [Fact]
    public void The_birth_date_is_read_from_positions_7_to_14()
    {
        ResidentIdNumber.BirthDate(Mod112.Complete("41170220080915123")).ShouldBe(new DateOnly(2008, 9, 15));
        ResidentIdNumber.BirthDate(Mod112.Complete("41170220040229001")).ShouldBe(new DateOnly(2004, 2, 29));
    }

    [Theory]
    [InlineData("41170220230230123")] // 30 February
    [InlineData("41170220231301123")] // month 13
    [InlineData("41170220230229123")] // 2023 is no leap year
    public void An_impossible_birth_date_gives_null(string first17) =>
        ResidentIdNumber.BirthDate(Mod112.Complete(first17)).ShouldBeNull();

    [Fact]
    public void A_number_of_the_wrong_length_has_no_birth_date() =>
        ResidentIdNumber.BirthDate("41170220080915").ShouldBeNull();

    [Fact]
    public void The_mask_keeps_the_area_and_the_last_four()
    {
        var id = Mod112.FirstWithX("41170220080915");

        var masked = ResidentIdNumber.Mask(id);

        masked.ShouldBe("411702********" + id[14..]);
        masked.ShouldEndWith("X");
        masked.Length.ShouldBe(18);
        ResidentIdNumber.Mask(id.ToLowerInvariant()).ShouldBe(masked);
        ResidentIdNumber.Mask("411702200809151235").ShouldBe("411702********1235");
    }

    /// <summary>ISO 7064 MOD 11-2 as GB 11643 states it: weight of position i (counted from the right, the check digit
    /// being 1) is 2^(i-1) mod 11; the check value a1 satisfies (Σ aᵢ·Wᵢ) ≡ 1 (mod 11); 10 is written X.</summary>
    private static class Mod112
    {
        public static string Complete(string first17)
        {
            first17.Length.ShouldBe(17);
            var sum = 0;
            for (var i = 0; i < 17; i++)
            {
                var positionFromRight = 18 - i;
                var weight = (int)(BigPow2(positionFromRight - 1) % 11);
                sum += (first17[i] - '0') * weight;
            }

            // Solve sum + a1 ≡ 1 (mod 11) for a1 in 0..10.
            var check = Enumerable.Range(0, 11).Single(a => (sum + a) % 11 == 1);
            return first17 + (check == 10 ? "X" : check.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        /// <summary>The first sequence number 001..999 after the area and birth date whose check digit is X.</summary>
        public static string FirstWithX(string areaAndBirth)
        {
            for (var seq = 1; seq < 1000; seq++)
            {
                var id = Complete(areaAndBirth + seq.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
                if (id[17] == 'X')
                {
                    return id;
                }
            }

            throw new InvalidOperationException("No sequence number gives an X check digit.");
        }

        private static long BigPow2(int exponent) => 1L << exponent;
    }
}
