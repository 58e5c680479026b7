using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>The engine's checks of one data row: conversion and column rules, duplicates inside the file, references to
/// the school's own other datasets.</summary>
internal sealed class RowChecks
{
    private readonly DatasetDefinition _dataset;
    private readonly RowConverter _converter;
    private readonly UploadErrorLog _log;
    private readonly (int Column, DuplicateTracker Seen)[] _unique;
    private readonly (int Column, ReferenceTarget Target)[] _references;

    /// <summary>The UniqueTogetherInFile columns (empty when none) and the first row of each combination.</summary>
    private readonly int[] _together;
    private readonly DuplicateTracker _togetherSeen = new();
    private readonly string _togetherHeaders;

    private readonly List<(int Column, CellError Error)> _cellErrors = [];

    public RowChecks(DatasetDefinition dataset, RowConverter converter, ValidationContext context, UploadErrorLog log)
    {
        _dataset = dataset;
        _converter = converter;
        _log = log;
        _unique = dataset.UniqueInFile.Select(k => (dataset.IndexOf(k), new DuplicateTracker())).ToArray();
        _references = (dataset.References ?? [])
            .Where(r => context.References.ContainsKey(r.ColumnKey))
            .Select(r => (dataset.IndexOf(r.ColumnKey), context.References[r.ColumnKey]))
            .ToArray();
        _together = (dataset.UniqueTogetherInFile ?? []).Select(dataset.IndexOf).ToArray();
        _togetherHeaders = string.Join("、", _together.Select(c => dataset.Columns[c].HeaderZh));
    }

    /// <summary>Checks a row; returns its values when every cell converted (the handler's rules run on those only).</summary>
    public object?[]? Check(RawRow row)
    {
        _cellErrors.Clear();
        var values = _converter.Convert(row, _cellErrors);
        foreach (var (column, error) in _cellErrors)
        {
            Report(row, column, error.Code, error.Args);
        }

        foreach (var (column, seen) in _unique)
        {
            if (values[column] is not { } value)
            {
                continue;
            }

            var first = seen.FirstRowOf(value, row.Number);
            if (first > 0)
            {
                Report(row, column, FilingErrorCodes.DuplicateInFile, new Dictionary<string, object?> { ["firstRow"] = first });
            }
        }

        CheckTogether(row, values);

        foreach (var (column, target) in _references)
        {
            if (values[column] is { } value && !target.Keys.Contains(ValueHash.KeyText(value)))
            {
                Report(row, column, FilingErrorCodes.UnknownReference, new Dictionary<string, object?> { ["dataset"] = target.DatasetName });
            }
        }

        return _cellErrors.Count == 0 ? values : null;
    }

    /// <summary>A repeated combination is reported once, on the first of its columns; a row missing any of them is left
    /// to the required-value checks.</summary>
    private void CheckTogether(RawRow row, object?[] values)
    {
        if (_together.Length == 0)
        {
            return;
        }

        var parts = new string[_together.Length];
        for (var i = 0; i < _together.Length; i++)
        {
            if (values[_together[i]] is not { } value)
            {
                return;
            }

            // Each part prefixed by its length, so that two different combinations never join to the same text.
            var text = ValueHash.KeyText(value);
            parts[i] = text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + text;
        }

        var first = _togetherSeen.FirstRowOf(string.Concat(parts), row.Number);
        if (first > 0)
        {
            Report(row, _together[0], FilingErrorCodes.DuplicateKeyInFile, new Dictionary<string, object?>
            {
                ["columns"] = _togetherHeaders,
                ["firstRow"] = first,
            });
        }
    }

    private void Report(RawRow row, int column, string code, IReadOnlyDictionary<string, object?>? args) =>
        _log.Add(row.Number, _dataset.Columns[column], _converter.RawValue(row, column), code, args);
}
