// The yardstick for the action's start-up: the least an action on @actions/core does
// before it fails on a bad input. The bench bundles it with ncc, like the real action.
import * as core from '@actions/core';

core.setFailed(`mode must be validate, print or apply; got ${core.getInput('mode')}`);
