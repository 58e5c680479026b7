using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>The blank xlsx template of a dataset, built from its definition and its current code lists (the major
/// catalogue can change, so templates are not cached files).</summary>
internal sealed class FilingTemplates(IEnumerable<IDatasetHandler> handlers, CodeListSource codeLists) : IFilingTemplates
{
    public async Task<(string FileName, byte[] Content)> TemplateAsync(string datasetCode, CancellationToken ct = default)
    {
        var dataset = handlers
            .Select(h => h.Definition)
            .FirstOrDefault(d => string.Equals(d.Code, datasetCode?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw FilingImport.UnknownDataset(datasetCode);
        var lists = await codeLists.ForAsync(dataset, ct);
        return (dataset.NameZh + "_模板.xlsx", TemplateWorkbook.Build(dataset, lists));
    }
}
