using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Builds the code lists of a dataset's coded columns: fixed Options from the definition, dynamic lists (the
/// major catalogue) from their owning module, each loaded once per upload or template.</summary>
internal sealed class CodeListSource(IMajorCatalog majors, IEnumerable<ICodeListProvider> providers)
{
    /// <summary>Per column key, for every Code column of the dataset.</summary>
    public async Task<IReadOnlyDictionary<string, CodeList>> ForAsync(DatasetDefinition dataset, CancellationToken ct)
    {
        var lists = new Dictionary<string, CodeList>(StringComparer.Ordinal);
        var dynamic = new Dictionary<string, CodeList>(StringComparer.Ordinal);
        foreach (var column in dataset.Columns.Where(c => c.Type == ColumnType.Code))
        {
            if (column.OptionsSource is { } source)
            {
                if (!dynamic.TryGetValue(source, out var list))
                {
                    list = new CodeList(await LoadAsync(source, ct), showCodes: true);
                    dynamic[source] = list;
                }

                lists[column.Key] = list;
            }
            else
            {
                lists[column.Key] = new CodeList(column.Options ?? []);
            }
        }

        return lists;
    }

    private async Task<IReadOnlyList<CodeOption>> LoadAsync(string source, CancellationToken ct)
    {
        if (source == CodeLists.Majors)
        {
            return (await majors.ListAsync(null, null, ct)).Select(m => new CodeOption(m.Code, m.Name)).ToList();
        }

        // A dataset naming a list nobody provides is a programming error, found by the first template download.
        var provider = providers.FirstOrDefault(p => p.Name == source) ?? throw new InvalidOperationException($"Unknown code list '{source}'.");
        return await provider.LoadAsync(ct);
    }
}
