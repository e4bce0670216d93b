/**
 * Names of bodies in space, lower case. They are capitalized like names but
 * are never actors ("Mars is closer"), and before a vehicle they classify it
 * ("a Mars rover", "the Venus probe"), so the actors and the equipment
 * extractors read the same list.
 */

/** The planets and dwarf planets of the solar system. */
export const PLANETS: ReadonlySet<string> = new Set([
  'mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto', 'ceres',
]);

/** Named moons and galaxies that news stories mention. */
export const MOONS_AND_GALAXIES: ReadonlySet<string> = new Set([
  'titan', 'europa', 'enceladus', 'ganymede', 'callisto', 'io', 'triton', 'phobos', 'deimos', 'charon', 'milky',
  'andromeda',
]);
