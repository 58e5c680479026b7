using System.Globalization;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Apprenticeship.Application.CohortDataset;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>Realistic apprenticeship cohorts for the demo city, as a school's file holds them. A cohort is identified by
/// its start year and its number within that year, and everything about it derives from those and the school, so the
/// cohort that started in 2024 reads the same in the 2024 and 2025 filings. Cohorts run for the school's programme length
/// (3 years, 4 for 职业本科), in one of the school's three most popular majors, with the enterprise of that major's trade
/// that the partner-enterprise generator files as a 现代学徒制 partner. Every row passes the real upload checks.
/// With DemoScope.CohortsFiled the student roster generator puts some of the latest intakes into XT{year}01.</summary>
internal sealed class CohortDemoRows(DemoMajors majors) : IDemoRowGenerator
{
    public string DatasetCode => ApprenticeshipDatasets.Cohorts;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var offered = majors.Offered(scope.SchoolCode, scope.SchoolType);
        return Generate(scope, count, offered, DemoMajors.YearsOf(scope.SchoolType));
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, int count, DemoMajor[] offered, int years)
    {
        var columns = Definition.Columns.Count;
        for (var k = 0; k < count; k++)
        {
            // Cohorts of the years' intakes in turn: k = 0 started this school year, k = 1 the year before, …
            var startYear = scope.Year - (k % years);
            var number = (k / years) + 1;
            var random = new DemoRandom(DemoPeople.StableHash($"{scope.SchoolCode}/cohort/{startYear}/{number}"));
            var which = random.Skewed(Math.Min(DemoEnterprises.ApprenticeshipPartners, offered.Length));
            var major = offered[which];
            var enterprise = DemoEnterprises.ApprenticeshipPartner(scope.SchoolCode, offered, which);
            var start = new DateOnly(startYear, 9, 1).AddDays(random.Next(21));
            var end = new DateOnly(startYear + years, 6, 30);

            var row = new string?[columns];
            row[CohortCode] = "XT" + startYear.ToString(CultureInfo.InvariantCulture) + number.ToString("D2", CultureInfo.InvariantCulture);
            row[CohortName] = $"{major.Name}{startYear}级现代学徒制{enterprise.Brand}班";
            row[MajorCode] = major.Code;
            row[EnterpriseCreditCode] = enterprise.CreditCode;
            row[EnterpriseName] = enterprise.Name;
            row[StartDate] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            row[EndDate] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            row[SchoolMentors] = (2 + random.Next(5)).ToString(CultureInfo.InvariantCulture);
            row[EnterpriseMentors] = (2 + random.Next(9)).ToString(CultureInfo.InvariantCulture);
            row[AgreementSigned] = random.Chance(0.92) ? "是" : "否";
            yield return row;
        }
    }
}
