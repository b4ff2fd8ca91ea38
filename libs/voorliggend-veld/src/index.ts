// The public API of the voorliggend-veld catalogue: general and community provisions per gemeente.
export { VoorliggendVeldModule } from './voorliggend-veld.module';
export { VoorliggendVeldCatalogue, type CatalogueChange } from './voorliggend-veld-catalogue';
export * from './voorziening.events';
export { WERK_EN_INKOMEN_TRAJECTORIES } from './voorziening.rules';
export {
  emptyCatalogue,
  evolve,
  foldCatalogue,
  isActiveOn,
  canReplace,
  type CatalogueState,
  type Voorziening,
} from './catalogue.state';
export {
  registerVoorziening,
  updateVoorziening,
  endVoorziening,
  type CatalogueContext,
  type RegisterVoorziening,
  type UpdateVoorziening,
  type EndVoorziening,
} from './catalogue.decide';
export { alternativesIn, entriesOf } from './alternatives';
export { EXAMPLE_CATALOGUE, type ExampleVoorziening } from './example-catalogue';
export { seedCatalogue, type SeedOptions, type SeedResult } from './seed-catalogue';
