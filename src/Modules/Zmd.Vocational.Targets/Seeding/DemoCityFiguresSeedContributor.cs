using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Domain;

namespace Zmd.Vocational.Targets.Seeding;

/// <summary>Demo only: the bureau's city figures of 2021–2026 from seeds/demo-city-figures.csv (invented numbers),
/// entered through the real sheet workflow — earlier years approved, the current one left a draft — so that the 专栏1
/// cards of the demo show a trend. Off with the demo filings (Seeding:DemoFilings=false), and never over real sheets.</summary>
internal sealed class DemoCityFiguresSeedContributor(DbContext db, ICityDataService city, IConfiguration configuration) : IDataSeedContributor
{
    public const string FileName = "demo-city-figures.csv";
    private const int DraftYear = 2026;

    /// <summary>After the demo filings.</summary>
    public int Order => 110;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData || !configuration.GetValue("Seeding:DemoFilings", true) || await db.Set<CityDataSheet>().AnyAsync(ct))
        {
            return;
        }

        var rows = SeedCsvFile.Read(context.SeedsDirectory, FileName);
        for (var year = 2021; year <= DraftYear; year++)
        {
            var column = year.ToString(CultureInfo.InvariantCulture);
            var values = rows.Select(r => new CityValueInput(r.Required("code"),
                decimal.Parse(r.Required(column), NumberStyles.Number, CultureInfo.InvariantCulture), "演示数据")).ToList();
            await city.SaveAsync(year, values, ct);
            if (year < DraftYear)
            {
                await city.TransitionAsync(year, FilingAction.Submitted, null, ct);
                await city.TransitionAsync(year, FilingAction.Approved, "演示数据，已核对。", ct);
            }
        }
    }
}
