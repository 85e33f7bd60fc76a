// #region options
/** What a hospital sets with `labPlugin.configure({ … })`: the test its wards' standing orders ask for. */
export interface LabOptions {
  readonly standingTest?: 'cbc' | 'bmp' | 'lipid-panel';
}
// #endregion options
