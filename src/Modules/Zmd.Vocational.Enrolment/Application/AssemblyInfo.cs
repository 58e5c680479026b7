using System.Runtime.CompilerServices;

// The datasets are internal (the module's public surface is Contracts only); the Filing unit tests run the real
// definitions, rules and demo generators through the real upload validator.
[assembly: InternalsVisibleTo("Zmd.Vocational.FilingTests")]
