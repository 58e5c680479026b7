using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Filing.Application;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

/// <summary>When an upload's clashes with other schools' rows go to the security log: many of its rows are other
/// schools' students, or a clashing ID number sits among many generated around one region and birth date.</summary>
public sealed class UnusualUploadRuleTests
{
    private static readonly UnusualUploadRule Rule = new(MinClashes: 5, MinPercent: 1m, SamePrefixRows: 50);

    [Theory]
    [InlineData(1000, 0, 0, false)]      // nothing clashed
    [InlineData(1000, 4, 0, false)]      // fewer clashes than the minimum, however high the share
    [InlineData(20, 4, 0, false)]
    [InlineData(1000, 9, 0, false)]      // 0.9 % of the rows: transfers in a big school
    [InlineData(1000, 10, 0, true)]      // 1 %: the threshold itself counts
    [InlineData(5, 5, 0, true)]          // a whole small file filed elsewhere
    [InlineData(2000, 2000, 0, true)]    // another school's roster uploaded again
    [InlineData(1001, 1, 49, false)]     // one clash among a few same-day births of a county
    [InlineData(1001, 1, 50, true)]      // one clash among numbers generated around one birth date
    [InlineData(1001, 0, 1001, false)]   // generated numbers that found nobody: nothing of another school's touched
    public void Flags_many_clashes_or_a_clash_among_generated_numbers(int rows, int clashes, int samePrefix, bool unusual) =>
        Rule.IsUnusual(rows, clashes, samePrefix).ShouldBe(unusual);

    [Fact]
    public void The_thresholds_are_settings_with_defaults()
    {
        UnusualUploadRule.From(new ConfigurationBuilder().Build()).ShouldBe(UnusualUploadRule.Default);
        UnusualUploadRule.Default.ShouldBe(new UnusualUploadRule(5, 1m, 50));

        var configured = UnusualUploadRule.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Filing:UnusualUploads:MinClashes"] = "2",
            ["Filing:UnusualUploads:MinPercent"] = "0.5",
            ["Filing:UnusualUploads:SamePrefixRows"] = "10",
        }).Build());

        configured.ShouldBe(new UnusualUploadRule(2, 0.5m, 10));
        configured.IsUnusual(400, 2, 0).ShouldBeTrue();
        UnusualUploadRule.Default.IsUnusual(400, 2, 0).ShouldBeFalse();
    }

    [Fact]
    public void The_checking_pass_counts_the_numbers_sharing_a_region_and_birth_date()
    {
        // 411728 + birth date + sequence + check: only the first 14 characters are looked at.
        static string Id(string birth, int sequence) => "411728" + birth + sequence.ToString("000", System.Globalization.CultureInfo.InvariantCulture) + "X";
        var counter = new IdPrefixCounter();
        foreach (var id in Enumerable.Range(0, 30).Select(n => Id("20080101", n)).Concat(Enumerable.Range(0, 7).Select(n => Id("20080102", n))))
        {
            counter.Add(id);
        }

        counter.Add("short");
        counter.Add("41172A200801010011");

        counter.RowsSharingPrefix(Id("20080101", 999)).ShouldBe(30);
        counter.RowsSharingPrefix(Id("20080102", 1)).ShouldBe(7);
        counter.RowsSharingPrefix("411729" + "20080101" + "0011").ShouldBe(0, "another region");
        counter.RowsSharingPrefix(Id("20100101", 1)).ShouldBe(0);
        counter.RowsSharingPrefix("short").ShouldBe(0);
    }
}
