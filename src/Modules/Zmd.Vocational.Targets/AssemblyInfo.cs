using System.Runtime.CompilerServices;

// The pure monitoring engine (expressions, the indicator calculator, the target path) is checked by hand-computed
// unit tests.
[assembly: InternalsVisibleTo("Zmd.Vocational.UnitTests")]
